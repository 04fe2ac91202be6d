import { TZDate } from '@date-fns/tz';
import { DEFAULT_TIME_ZONE } from '@frontdoor/calendar';
import { REFERRAL_OUTCOMES, ScreeningOutcome } from '@frontdoor/contracts';
import { subMonths } from 'date-fns';

/** DfE Children in Need census: a re-referral is a referral within 12 months of the previous one. */
export const RE_REFERRAL_WINDOW_MONTHS = 12;

/** An earlier screening case about the same child, with its approved decision. */
export interface PreviousDecision {
  caseId: string;
  decidedAt: Date;
  outcome: ScreeningOutcome;
}

export interface ReReferralFinding {
  reReferral: boolean;
  previousReferralCaseId?: string;
  previousReferralAt?: Date;
}

/**
 * Whether a contact received at `receivedAt` follows a referral within the window, and which one
 * (the most recent). Only approved outcomes in REFERRAL_OUTCOMES make a referral; NFA, advice
 * and early help do not. Decisions after `receivedAt` are ignored: they cannot be the "previous"
 * referral (this matters when contacts are replayed or processed out of order).
 *
 * The window is calendar months in England: a decision at exactly `windowMonths` months before
 * counts as within it (received 15 March 2027 10:00, decided 15 March 2026 10:00: a re-referral),
 * erring towards flagging. From 29 February, a year back is 28 February (date-fns clamps the day).
 */
export function findReReferral(
  previous: readonly PreviousDecision[],
  receivedAt: Date,
  windowMonths: number = RE_REFERRAL_WINDOW_MONTHS,
): ReReferralFinding {
  // In London time so the window is the same calendar date whatever the server's zone.
  const windowStart = subMonths(new TZDate(receivedAt.getTime(), DEFAULT_TIME_ZONE), windowMonths).getTime();
  const latest = previous
    .filter((decision) => REFERRAL_OUTCOMES.includes(decision.outcome))
    .filter((decision) => {
      const decidedAt = decision.decidedAt.getTime();
      return decidedAt >= windowStart && decidedAt <= receivedAt.getTime();
    })
    .reduce<PreviousDecision | undefined>(
      (latestSoFar, decision) =>
        !latestSoFar || decision.decidedAt.getTime() > latestSoFar.decidedAt.getTime() ? decision : latestSoFar,
      undefined,
    );

  if (!latest) return { reReferral: false };
  return { reReferral: true, previousReferralCaseId: latest.caseId, previousReferralAt: latest.decidedAt };
}
