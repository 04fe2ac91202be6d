import type { SubjectAnswerV1 } from '@frontdoor/contracts';
import { findingKey, parseReview } from './review-answer';

const proposed = {
  subjects: [
    {
      subjectRef: 'child-1',
      known: true,
      matchedOn: 'nhs-number',
      findings: [
        { dataset: 'gp-registration', summary: 'Registered with Longford Family Practice' },
        { dataset: 'missed-appointments', summary: 'Two missed appointments' },
      ],
    },
    { subjectRef: 'adult-1', known: false, findings: [] },
  ] as SubjectAnswerV1[],
  withheld: [{ what: '1 clinical record(s) about subject child-1', reason: 'restricted clinical record' }],
};
const datasets = ['gp-registration', 'missed-appointments'];

describe('parseReview', () => {
  it('asks for a decision', () => {
    const parsed = parseReview({}, proposed, datasets);
    expect(parsed.ok || parsed.errors.map((error) => error.field)).toEqual(['decision']);
  });

  it('releases everything ticked, keeping what the records withheld', () => {
    const parsed = parseReview(
      { decision: 'release', share: [findingKey(0, 0), findingKey(0, 1)] },
      proposed,
      datasets,
    );
    expect(parsed).toEqual({ ok: true, value: { subjects: proposed.subjects, withheld: proposed.withheld } });
  });

  it('withholds an unticked finding, with the reason it needs', () => {
    const body = { decision: 'release', share: findingKey(0, 1) };
    const refused = parseReview(body, proposed, datasets);
    expect(refused.ok || refused.errors.map((error) => error.field)).toEqual(['notSharedReason']);

    const parsed = parseReview({ ...body, notSharedReason: 'Not relevant' }, proposed, datasets);
    if (!parsed.ok) throw new Error('expected a release');
    expect(parsed.value.subjects[0].findings).toEqual([proposed.subjects[0].findings[1]]);
    expect(parsed.value.subjects[1]).toEqual(proposed.subjects[1]);
    expect(parsed.value.withheld).toEqual([
      ...proposed.withheld,
      { what: '1 finding(s) about child-1', reason: 'Not relevant' },
    ]);
  });

  it('declines with a reason, sharing nothing about anyone', () => {
    const refused = parseReview({ decision: 'decline' }, proposed, datasets);
    expect(refused.ok || refused.errors.map((error) => error.field)).toEqual(['declineReason']);
    expect(parseReview({ decision: 'decline', declineReason: 'Call me' }, proposed, datasets)).toEqual({
      ok: true,
      value: {
        subjects: [],
        withheld: [{ what: 'everything asked for (gp-registration, missed-appointments)', reason: 'Call me' }],
      },
    });
  });
});
