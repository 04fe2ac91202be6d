/**
 * The SafeLives MARAC referral criteria (domain.md). Pure: no Nest, no TypeORM, so the rules read
 * like the policy they encode. Every referral records which of these it met.
 */
export enum MaracCriterion {
  VisibleHighRisk = 'visible-high-risk',
  ProfessionalJudgement = 'professional-judgement',
  PotentialEscalation = 'potential-escalation',
  Repeat = 'repeat',
}

export interface MaracCriteriaPolicy {
  /** DASH "yes" answers that make visible high risk. SafeLives: 14. */
  visibleHighRiskYesCount: number;
  /** Police call-outs in 12 months that make potential escalation. Default 3; local areas vary. */
  escalationCallOuts: number;
  /** A further incident this many months after the pair's last MARAC referral is a repeat. */
  repeatWindowMonths: number;
}

export const DEFAULT_MARAC_CRITERIA_POLICY: Readonly<MaracCriteriaPolicy> = {
  visibleHighRiskYesCount: 14,
  escalationCallOuts: 3,
  repeatWindowMonths: 12,
};

export interface ReferralFacts {
  /** DASH yes count when a checklist was completed; absent when not. */
  dashYesCount?: number;
  /**
   * A professional's judgement that risk is high, with its reason. Only ever raises: there is no
   * way to say "low" here, so a DASH of 14 stays high whatever anyone thinks.
   */
  professionalJudgementReason?: string;
  /** Police call-outs to this victim and perpetrator in the last 12 months, when known. */
  callOutsInLast12Months?: number;
  /** When the incident (or the hand referral) happened. */
  occurredAt: Date;
  /** When this pair was last referred to MARAC (any source), if ever. */
  lastMaracReferralAt?: Date;
}

export interface CriteriaAssessment {
  eligible: boolean;
  met: MaracCriterion[];
  /** Why each criterion was or was not met, for the record ("no silent drop"). */
  reasons: string[];
}

export function assessMaracCriteria(
  facts: ReferralFacts,
  policy: MaracCriteriaPolicy = DEFAULT_MARAC_CRITERIA_POLICY,
): CriteriaAssessment {
  const met: MaracCriterion[] = [];
  const reasons: string[] = [];

  if (facts.dashYesCount === undefined) {
    reasons.push('no DASH checklist completed');
  } else if (facts.dashYesCount >= policy.visibleHighRiskYesCount) {
    met.push(MaracCriterion.VisibleHighRisk);
    reasons.push(`DASH ${facts.dashYesCount} >= ${policy.visibleHighRiskYesCount}: visible high risk`);
  } else {
    reasons.push(`DASH ${facts.dashYesCount} < ${policy.visibleHighRiskYesCount}`);
  }

  const judgement = facts.professionalJudgementReason?.trim();
  if (judgement) {
    met.push(MaracCriterion.ProfessionalJudgement);
    reasons.push(`professional judgement: ${judgement}`);
  } else {
    reasons.push('no professional judgement of high risk');
  }

  if (facts.callOutsInLast12Months === undefined) {
    reasons.push('police call-outs not known');
  } else if (facts.callOutsInLast12Months >= policy.escalationCallOuts) {
    met.push(MaracCriterion.PotentialEscalation);
    reasons.push(`${facts.callOutsInLast12Months} police call-outs in 12 months >= ${policy.escalationCallOuts}`);
  } else {
    reasons.push(`${facts.callOutsInLast12Months} police call-outs in 12 months < ${policy.escalationCallOuts}`);
  }

  if (isRepeatIncident(facts.occurredAt, facts.lastMaracReferralAt, policy.repeatWindowMonths)) {
    met.push(MaracCriterion.Repeat);
    reasons.push(`repeat: within ${policy.repeatWindowMonths} months of the last MARAC referral`);
  } else {
    reasons.push(
      facts.lastMaracReferralAt
        ? `not a repeat: more than ${policy.repeatWindowMonths} months since the last MARAC referral`
        : 'not a repeat: no earlier MARAC referral for this pair',
    );
  }

  return { eligible: met.length > 0, met, reasons };
}

/**
 * A further incident on or after the last referral and no later than `windowMonths` calendar
 * months after it. An incident dated before the last referral is the one already referred (or
 * older), so it does not make a repeat.
 */
export function isRepeatIncident(
  occurredAt: Date,
  lastMaracReferralAt: Date | undefined,
  windowMonths: number,
): boolean {
  if (!lastMaracReferralAt) return false;
  if (occurredAt.getTime() < lastMaracReferralAt.getTime()) return false;
  const windowEnd = new Date(lastMaracReferralAt.getTime());
  windowEnd.setUTCMonth(windowEnd.getUTCMonth() + windowMonths);
  return occurredAt.getTime() <= windowEnd.getTime();
}
