import { ScreeningOutcome } from '@frontdoor/contracts';
import { PreviousDecision, RE_REFERRAL_WINDOW_MONTHS, findReReferral } from './re-referral';

const at = (iso: string) => new Date(iso);
const decided = (
  caseId: string,
  decidedAt: string,
  outcome = ScreeningOutcome.ChildAndFamilyAssessment,
): PreviousDecision => ({
  caseId,
  decidedAt: at(decidedAt),
  outcome,
});

// 10:00 in London on 15 March 2027 (GMT); a year before, 15 March 2026, is GMT too.
const receivedAt = at('2027-03-15T10:00:00Z');

describe('findReReferral', () => {
  it('uses a 12-month window by default', () => {
    expect(RE_REFERRAL_WINDOW_MONTHS).toBe(12);
  });

  it('is not a re-referral with no history', () => {
    expect(findReReferral([], receivedAt)).toEqual({ reReferral: false });
  });

  it.each([
    ScreeningOutcome.ChildAndFamilyAssessment,
    ScreeningOutcome.StrategyDiscussion,
    ScreeningOutcome.ImmediateProtection,
  ])('counts a previous %s decision as a referral', (outcome) => {
    expect(findReReferral([decided('c1', '2026-09-01T12:00:00Z', outcome)], receivedAt)).toEqual({
      reReferral: true,
      previousReferralCaseId: 'c1',
      previousReferralAt: at('2026-09-01T12:00:00Z'),
    });
  });

  it.each([ScreeningOutcome.NoFurtherAction, ScreeningOutcome.AdviceAndSignposting, ScreeningOutcome.EarlyHelp])(
    'does not count a previous %s decision: it was a contact, not a referral',
    (outcome) => {
      expect(findReReferral([decided('c1', '2026-09-01T12:00:00Z', outcome)], receivedAt)).toEqual({
        reReferral: false,
      });
    },
  );

  describe('the window boundary', () => {
    it('counts a referral exactly 12 months before', () => {
      expect(findReReferral([decided('c1', '2026-03-15T10:00:00Z')], receivedAt).reReferral).toBe(true);
    });

    it('does not count one a minute earlier than that', () => {
      expect(findReReferral([decided('c1', '2026-03-15T09:59:00Z')], receivedAt).reReferral).toBe(false);
    });

    it('measures the window on the clock in England, across a clock change', () => {
      // 10:00 BST on Sunday 28 March 2027 (BST began that day); a year before, 28 March 2026, was
      // still GMT, so the window opens at 10:00 GMT = 10:00 UTC, not at 09:00 UTC.
      const received = at('2027-03-28T09:00:00Z');
      expect(findReReferral([decided('c1', '2026-03-28T10:00:00Z')], received).reReferral).toBe(true);
      expect(findReReferral([decided('c1', '2026-03-28T09:59:00Z')], received).reReferral).toBe(false);
    });

    it('goes back from 29 February to 28 February', () => {
      const received = at('2028-02-29T12:00:00Z');
      expect(findReReferral([decided('c1', '2027-02-28T12:00:00Z')], received).reReferral).toBe(true);
      expect(findReReferral([decided('c1', '2027-02-28T11:59:00Z')], received).reReferral).toBe(false);
    });

    it('takes another window when given one', () => {
      const previous = [decided('c1', '2026-09-01T12:00:00Z')];
      expect(findReReferral(previous, receivedAt, 6).reReferral).toBe(false);
      expect(findReReferral(previous, receivedAt, 7).reReferral).toBe(true);
    });
  });

  it('ignores decisions made after the contact was received (replays, out-of-order processing)', () => {
    expect(findReReferral([decided('later', '2027-03-15T10:00:01Z')], receivedAt)).toEqual({ reReferral: false });
  });

  it('counts a decision made at the same instant the contact was received', () => {
    expect(findReReferral([decided('same', '2027-03-15T10:00:00Z')], receivedAt).reReferral).toBe(true);
  });

  it('names the most recent earlier referral', () => {
    const finding = findReReferral(
      [
        decided('older', '2026-05-01T12:00:00Z'),
        decided('latest', '2027-01-10T12:00:00Z'),
        decided('nfa-more-recent', '2027-02-01T12:00:00Z', ScreeningOutcome.NoFurtherAction),
        decided('after', '2027-04-01T12:00:00Z'),
        decided('too-old', '2025-01-01T12:00:00Z'),
      ],
      receivedAt,
    );
    expect(finding).toEqual({
      reReferral: true,
      previousReferralCaseId: 'latest',
      previousReferralAt: at('2027-01-10T12:00:00Z'),
    });
  });
});
