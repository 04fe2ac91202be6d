/** Where a school's referral has got to, merged from intake (what was sent) and screening (what happened). */
export type ReferralStatus = 'received' | 'being-screened' | 'decided';

export interface SentReferral {
  contactId: string;
  reference: string;
  receivedAt: string;
  childNames: string[];
  concernCategories: string[];
}

export interface ScreeningFeedback {
  contactId: string;
  status: 'being-screened' | 'decided';
  outcome?: string;
  levelOfNeed?: number;
  referrerFeedback?: string;
  decidedAt?: string;
}

export interface ReferralWithStatus extends SentReferral {
  status: ReferralStatus;
  outcome?: string;
  levelOfNeed?: number;
  referrerFeedback?: string;
  decidedAt?: string;
}

export const STATUS_LABELS: Record<ReferralStatus, { text: string; colour: string }> = {
  received: { text: 'Received', colour: 'grey' },
  'being-screened': { text: 'Being screened', colour: 'blue' },
  decided: { text: 'Decided', colour: 'green' },
};

/**
 * Each referral intake holds, in intake's order (newest first), with screening's status and,
 * once decided, the outcome. A referral screening has not picked up yet is "received".
 * Feedback about contacts intake did not list is ignored: the list is the referrals, not the feedback.
 */
export function withStatuses(sent: SentReferral[], feedback: ScreeningFeedback[]): ReferralWithStatus[] {
  const byContact = new Map(feedback.map((item) => [item.contactId, item]));
  return sent.map((referral) => {
    const screening = byContact.get(referral.contactId);
    if (!screening) return { ...referral, status: 'received' };
    if (screening.status !== 'decided') return { ...referral, status: 'being-screened' };
    return {
      ...referral,
      status: 'decided',
      outcome: screening.outcome,
      levelOfNeed: screening.levelOfNeed,
      referrerFeedback: screening.referrerFeedback,
      decidedAt: screening.decidedAt,
    };
  });
}
