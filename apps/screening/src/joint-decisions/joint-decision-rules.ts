import { ConcernCategory, ScreeningOutcome, SourceType } from '@frontdoor/contracts';

/** The three people who decide together on police and domestic-abuse contacts. */
export enum JointParty {
  SocialWorker = 'social-worker',
  Police = 'police',
  DaAdvisor = 'da-advisor',
}

export const REQUIRED_JOINT_PARTIES: readonly JointParty[] = [
  JointParty.SocialWorker,
  JointParty.Police,
  JointParty.DaAdvisor,
];

export enum RiskLevel {
  Standard = 'standard',
  Medium = 'medium',
  High = 'high',
}

export type JointDecisionStatus = 'awaiting-views' | 'agreed' | 'disagreed';

export interface PartyView {
  party: JointParty;
  recommendedOutcome: ScreeningOutcome;
  riskLevel: RiskLevel;
  recordedAt: Date;
}

export interface JointDecisionAssessment {
  status: JointDecisionStatus;
  /** The agreed outcome once every party recommends the same one. */
  outcome?: ScreeningOutcome;
  /** The highest risk any party sees: agreement on the outcome does not average risk away. */
  riskLevel?: RiskLevel;
  missingParties: JointParty[];
}

/** Police contacts and anything involving domestic abuse are decided jointly. */
export function needsJointDecision(sourceType: string, categories: readonly string[]): boolean {
  return sourceType === SourceType.Police || categories.includes(ConcernCategory.DomesticAbuse);
}

const RISK_ORDER = [RiskLevel.Standard, RiskLevel.Medium, RiskLevel.High];

/** Each party's latest view counts; agreement means the same recommended outcome from all. */
export function assessJointDecision(views: readonly PartyView[]): JointDecisionAssessment {
  const latest = new Map<JointParty, PartyView>();
  for (const view of [...views].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())) {
    latest.set(view.party, view);
  }
  const missingParties = REQUIRED_JOINT_PARTIES.filter((party) => !latest.has(party));
  if (missingParties.length > 0) return { status: 'awaiting-views', missingParties };
  const current = [...latest.values()];
  const riskLevel = current
    .map((view) => view.riskLevel)
    .sort((a, b) => RISK_ORDER.indexOf(b) - RISK_ORDER.indexOf(a))[0];
  const outcomes = new Set(current.map((view) => view.recommendedOutcome));
  if (outcomes.size === 1)
    return { status: 'agreed', outcome: current[0].recommendedOutcome, riskLevel, missingParties };
  return { status: 'disagreed', riskLevel, missingParties };
}
