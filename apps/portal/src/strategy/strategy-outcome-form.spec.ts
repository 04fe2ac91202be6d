import type { StrategyParticipant } from '../clients/strategy.client';
import { lateness, parseCirculatedTo, parseStrategyOutcome, participantFields } from './strategy-outcome-form';

const participant = (name: string, role: 'chair' | 'attendee' = 'attendee'): StrategyParticipant => ({
  participant: name,
  role,
  reasons: [],
  invitationId: null,
  confirmed: role === 'chair',
  attendee: null,
  availability: null,
  confirmedAt: null,
  declined: false,
  declineReason: null,
  declinedAt: null,
});

const participants = [participant('children-social-care', 'chair'), participant('police'), participant('health')];

describe('parseStrategyOutcome', () => {
  it("asks for the outcome, the reasons and every participant's view, naming the agency", () => {
    const parsed = parseStrategyOutcome({ [participantFields('police').view]: 'nfa' }, participants);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { field: 'outcome', text: 'Select the outcome of the discussion' },
      { field: 'rationale', text: 'Enter the reasons for the outcome' },
      { field: 'view-children-social-care', text: "Select the view of Children's social care" },
      { field: 'view-health', text: 'Select the view of Health' },
    ]);
  });

  it("gives strategy's body, with a view's attendee and comment only when given", () => {
    const body = {
      outcome: 's47-joint',
      rationale: ' Threshold met. ',
      'view-children-social-care': 's47-joint',
      'view-police': 's47-joint',
      'attendee-police': 'DS Jo Bloggs',
      'view-health': 's47-joint',
      'comment-health': 'Medical today.',
    };
    expect(parseStrategyOutcome(body, participants)).toEqual({
      ok: true,
      value: {
        outcome: 's47-joint',
        rationale: 'Threshold met.',
        views: [
          { participant: 'children-social-care', view: 's47-joint' },
          { participant: 'police', view: 's47-joint', attendee: 'DS Jo Bloggs' },
          { participant: 'health', view: 's47-joint', comment: 'Medical today.' },
        ],
      },
    });
  });

  it('refuses codes strategy does not know', () => {
    const parsed = parseStrategyOutcome({ outcome: 'toString', rationale: 'x' }, []);
    expect(parsed.ok).toBe(false);
  });
});

describe('parseCirculatedTo', () => {
  it('keeps only invited participants and needs at least one', () => {
    expect(parseCirculatedTo({ circulatedTo: ['police', 'children-social-care', 'nobody'] }, participants)).toEqual({
      ok: true,
      value: ['police'],
    });
    expect(parseCirculatedTo({ circulatedTo: 'children-social-care' }, participants)).toEqual({
      ok: false,
      errors: [{ field: 'circulatedTo', text: 'Select who the record was sent to' }],
    });
  });
});

describe('lateness', () => {
  it('says which deadline was missed', () => {
    expect(lateness({ discussionOverdue: false, recordCirculationOverdue: false, icpcOverdue: false })).toEqual([]);
    expect(lateness({ discussionOverdue: true, recordCirculationOverdue: true, icpcOverdue: true })).toEqual([
      'Discussion not held in time',
      'Record not circulated in time',
      'ICPC date passed',
    ]);
  });
});
