import { parseDecision } from './decision-form';

const complete = {
  outcome: 's17-assessment',
  levelOfNeed: '3',
  rationale: 'Second incident in three months.',
  childsVoiceConsidered: 'yes',
  childsVoiceSummary: 'Sam is frightened and wants to stay with Mum.',
  referrerFeedback: 'A social worker will visit.',
};

describe('parseDecision', () => {
  it('reads a complete decision', () => {
    expect(parseDecision(complete)).toEqual({
      ok: true,
      value: { ...complete, levelOfNeed: 3, childsVoiceConsidered: true },
    });
  });

  it('leaves out the summary when the voice was not considered', () => {
    const parsed = parseDecision({ ...complete, childsVoiceConsidered: 'no', childsVoiceSummary: 'ignored' });
    expect(parsed.ok && parsed.value.childsVoiceSummary).toBeUndefined();
  });

  it('names every missing field', () => {
    const parsed = parseDecision({ outcome: 'maybe', levelOfNeed: '7', childsVoiceConsidered: 'yes' });
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.field)).toEqual([
      'outcome',
      'levelOfNeed',
      'rationale',
      'childsVoiceSummary',
      'referrerFeedback',
    ]);
  });
});
