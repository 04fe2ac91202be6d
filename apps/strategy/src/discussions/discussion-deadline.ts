import { WorkingCalendar } from '@frontdoor/calendar';
import { Rag, StrategyReason } from '@frontdoor/contracts';

export interface DueRules {
  /** Office closing time ('HH:mm'): a discussion is due by the end of a working day. */
  officeClose: string;
  /** Working days after the day it is asked for, for red or immediate-protection cases (0: the same day). */
  urgentWorkingDays: number;
  /** Working days after the day it is asked for, for every other case (1: the next working day). */
  otherWorkingDays: number;
}

export const DEFAULT_DUE_RULES: DueRules = { officeClose: '17:00', urgentWorkingDays: 0, otherWorkingDays: 1 };

/** Red RAG and immediate protection cannot wait for tomorrow. */
export function isUrgent(rag: Rag, reason: StrategyReason): boolean {
  return rag === Rag.Red || reason === StrategyReason.ImmediateProtection;
}

/**
 * When a strategy discussion must be held by: the end of office hours on the working day the
 * request counts from, plus the configured working days. A request outside office hours (evening,
 * weekend, bank holiday) counts from the next opening, so a red case decided on Saturday is due by
 * Monday's close (Tuesday's after a bank holiday Monday) and an amber one a working day after that.
 */
export function discussionDueBy(
  askedAt: Date,
  rag: Rag,
  reason: StrategyReason,
  calendar: WorkingCalendar,
  rules: DueRules = DEFAULT_DUE_RULES,
): Date {
  const days = isUrgent(rag, reason) ? rules.urgentWorkingDays : rules.otherWorkingDays;
  // The first instant the office is open at or after the request: now, or the next opening.
  const countsFrom = calendar.addWorkingHours(askedAt, 0);
  const dueDay = calendar.addWorkingDays(countsFrom, days);
  // dueDay is inside office hours on a working day, so the next close is that same day's.
  return calendar.nextWorkingDayAt(dueDay, rules.officeClose);
}
