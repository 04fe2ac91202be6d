/** Red, amber, green: how fast the front door must decide. */
export enum Rag {
  Red = 'red',
  Amber = 'amber',
  Green = 'green',
}

/** The continuum of need: 1 universal, 2 early help, 3 targeted / child in need, 4 specialist. */
export enum LevelOfNeed {
  Universal = 1,
  EarlyHelp = 2,
  Targeted = 3,
  Specialist = 4,
}

/** The types of response Working Together allows the front door to choose. */
export enum ScreeningOutcome {
  NoFurtherAction = 'nfa',
  AdviceAndSignposting = 'advice-signposting',
  EarlyHelp = 'early-help',
  ChildAndFamilyAssessment = 's17-assessment',
  StrategyDiscussion = 'strategy-discussion',
  ImmediateProtection = 'immediate-protection',
}

/** Outcomes that make a contact a referral (for re-referral and conversion figures). */
export const REFERRAL_OUTCOMES: readonly ScreeningOutcome[] = [
  ScreeningOutcome.ChildAndFamilyAssessment,
  ScreeningOutcome.StrategyDiscussion,
  ScreeningOutcome.ImmediateProtection,
];

/** Whether the family knows about, and agrees to, the contact. Recorded; not the lawful basis. */
export enum FamilyAwareness {
  KnowsAndAgrees = 'knows-and-agrees',
  KnowsNotAgreed = 'knows-not-agreed',
  DoesNotKnow = 'does-not-know',
  NotToldBecauseOfRisk = 'not-told-because-of-risk',
  Unknown = 'unknown',
}

/** What the emergency duty team did for a child out of hours, recorded before it hands the case over. */
export enum EmergencyDutyAction {
  Visited = 'visited',
  PoliceAttended = 'police-attended',
  ChildSafe = 'child-safe',
  Placed = 'placed',
  Advice = 'advice',
}
