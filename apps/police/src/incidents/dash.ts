import { DASH_ANSWERS, DashAnswer } from '@frontdoor/contracts';

/** The SafeLives DASH risk identification checklist has 24 questions. */
export const DASH_QUESTION_COUNT = 24;

/** SafeLives: 14 or more "yes" answers is visible high risk. */
export const DASH_VISIBLE_HIGH_RISK_YES_COUNT = 14;

export interface DashResult {
  /** How many of the 24 questions were answered "yes" (0-24). */
  yesCount: number;
  /** 14 or more "yes": a MARAC referral criterion on its own. */
  visibleHighRisk: boolean;
  /** The officer judged the risk high whatever the count (a MARAC criterion on its own). */
  professionalJudgementHighRisk: boolean;
  /** The risk police act on: high when the count says so or the officer does. */
  highRisk: boolean;
}

/**
 * Scores a completed DASH checklist. Pure. Professional judgement can raise the risk to high but
 * never lower it: a visible-high count stays high whatever the officer's judgement says, because
 * the checklist is there precisely to catch risk a professional may not see.
 *
 * Throws a RangeError when the checklist is not 24 answers of yes, no or dont-know: a partial
 * checklist would understate the risk, so it is refused rather than scored.
 */
export function scoreDash(answers: readonly DashAnswer[], professionalJudgementHighRisk = false): DashResult {
  if (answers.length !== DASH_QUESTION_COUNT) {
    throw new RangeError(`a DASH checklist has ${DASH_QUESTION_COUNT} answers, got ${answers.length}`);
  }
  const unknown = answers.find((answer) => !(DASH_ANSWERS as readonly string[]).includes(answer));
  if (unknown !== undefined) {
    throw new RangeError(`a DASH answer is one of ${DASH_ANSWERS.join(', ')}, got "${String(unknown)}"`);
  }
  const yesCount = answers.filter((answer) => answer === 'yes').length;
  const visibleHighRisk = yesCount >= DASH_VISIBLE_HIGH_RISK_YES_COUNT;
  return {
    yesCount,
    visibleHighRisk,
    professionalJudgementHighRisk,
    highRisk: visibleHighRisk || professionalJudgementHighRisk,
  };
}
