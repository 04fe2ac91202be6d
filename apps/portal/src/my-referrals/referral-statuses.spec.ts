import { withStatuses } from './referral-statuses';

const sent = (contactId: string) => ({
  contactId,
  reference: `FD-${contactId}`,
  receivedAt: '2026-01-05T10:00:00.000Z',
  childNames: ['Sam Example'],
  concernCategories: ['neglect'],
});

describe('withStatuses', () => {
  it('marks a referral screening has not seen yet as received', () => {
    expect(withStatuses([sent('a')], [])).toEqual([expect.objectContaining({ contactId: 'a', status: 'received' })]);
  });

  it('shows being screened without any outcome', () => {
    const [referral] = withStatuses([sent('a')], [{ contactId: 'a', status: 'being-screened', outcome: 'nfa' }]);
    expect(referral.status).toBe('being-screened');
    expect(referral.outcome).toBeUndefined();
  });

  it('carries the outcome and the feedback once decided', () => {
    const [referral] = withStatuses(
      [sent('a')],
      [
        {
          contactId: 'a',
          status: 'decided',
          outcome: 'early-help',
          levelOfNeed: 2,
          referrerFeedback: 'Thank you',
          decidedAt: 'x',
        },
      ],
    );
    expect(referral).toMatchObject({
      status: 'decided',
      outcome: 'early-help',
      levelOfNeed: 2,
      referrerFeedback: 'Thank you',
    });
  });

  it("keeps intake's order and ignores feedback for contacts intake did not list", () => {
    const merged = withStatuses([sent('b'), sent('a')], [{ contactId: 'z', status: 'decided', outcome: 'nfa' }]);
    expect(merged.map((referral) => referral.contactId)).toEqual(['b', 'a']);
  });
});
