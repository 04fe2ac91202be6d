import { TZDate } from '@date-fns/tz';
import { WorkingCalendar } from '@frontdoor/calendar';
import { format } from 'date-fns';
import { Participant } from '../participants/participant-rules';

/** What a strategy discussion decides (Working Together). */
export enum StrategyOutcome {
  S47SingleAgency = 's47-single-agency',
  S47Joint = 's47-joint',
  NoFurtherAction = 'nfa',
  FurtherStrategyMeeting = 'further-strategy-meeting',
  ImmediateProtection = 'immediate-protection',
}

export interface AgencyView {
  participant: Participant;
  view: StrategyOutcome;
}

/** Outcomes that begin section 47 enquiries, and so the ICPC clock. */
const S47_OUTCOMES: readonly StrategyOutcome[] = [
  StrategyOutcome.S47SingleAgency,
  StrategyOutcome.S47Joint,
  StrategyOutcome.ImmediateProtection,
];

export function startsS47(outcome: StrategyOutcome): boolean {
  return S47_OUTCOMES.includes(outcome);
}

/**
 * What is wrong with an outcome as recorded: every participant's view, once each and nobody
 * else's; a joint enquiry only with the police's agreement; a further meeting only before its date.
 */
export function outcomeProblems(outcome: StrategyOutcome, views: AgencyView[], participants: Participant[]): string[] {
  const problems: string[] = [];
  for (const participant of participants) {
    const count = views.filter((v) => v.participant === participant).length;
    if (count === 0) problems.push(`views: no view from ${participant}`);
    if (count > 1) problems.push(`views: ${participant} has more than one view`);
  }
  for (const view of views) {
    if (!participants.includes(view.participant)) problems.push(`views: ${view.participant} is not a participant`);
  }
  if (outcome === StrategyOutcome.S47Joint) {
    const police = views.find((v) => v.participant === Participant.Police);
    if (police && police.view !== StrategyOutcome.S47Joint) {
      problems.push('outcome: a joint s47 enquiry needs the police to agree to it');
    }
  }
  return problems;
}

/** The ICPC is due within `workingDays` working days of the (last) strategy discussion: a London date. */
export function icpcDueDate(heldAt: Date, calendar: WorkingCalendar, workingDays = 15): string {
  return londonDate(calendar.addWorkingDays(heldAt, workingDays), calendar.timeZone);
}

/** The record of the discussion goes to every participant within `workingDays` working days. */
export function recordDueBy(heldAt: Date, calendar: WorkingCalendar, workingDays = 1): Date {
  return calendar.addWorkingDays(heldAt, workingDays);
}

/** Overdue once the London date is past the due date: due "today" is not yet overdue. */
export function isPastDate(dueDate: string, now: Date, timeZone = 'Europe/London'): boolean {
  return londonDate(now, timeZone) > dueDate;
}

export function londonDate(instant: Date, timeZone = 'Europe/London'): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}
