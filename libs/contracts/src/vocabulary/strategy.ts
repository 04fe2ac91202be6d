/** Why a strategy discussion is held: the front door's reason category, shared with the invited agencies. */
export enum StrategyReason {
  /** Reasonable cause to suspect significant harm: a strategy discussion with possible s47 enquiry. */
  SignificantHarmSuspected = 'significant-harm-suspected',
  /** Immediate protection was needed (police protection, emergency protection order). */
  ImmediateProtection = 'immediate-protection',
}
