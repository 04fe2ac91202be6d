import type { WorkingCalendar } from '@frontdoor/calendar';
import { Rag } from '@frontdoor/contracts';
import { responseDeadline } from '../rag/response-deadline';

/** Whose queue a case is in. The values are stored, so they never change once written. */
export enum ScreeningQueue {
  FrontDoor = 'front-door',
  EmergencyDutyTeam = 'emergency-duty-team',
}

/** What a deadline counts: the front door's office hours, or the hours of the night as they pass. */
export enum DeadlineClock {
  OfficeHours = 'office-hours',
  ElapsedHours = 'elapsed-hours',
}

/** Elapsed hours the emergency duty team has to respond to a red contact (local procedures vary). */
export const DEFAULT_EMERGENCY_DUTY_HOURS = 2;

export interface CaseRouting {
  queue: ScreeningQueue;
  deadline: Date;
  deadlineClock: DeadlineClock;
}

type Calendar = Pick<WorkingCalendar, 'isOfficeOpenAt' | 'addWorkingHours'>;

/**
 * Who responds to a new contact, and by when. In office hours the front door does, within its
 * office-hours response time for the RAG. Outside them (an evening, a weekend, a bank holiday,
 * from 17:00 itself) a red contact cannot wait for the morning: it is the emergency duty team's,
 * due `emergencyDutyHours` elapsed hours after it landed. Amber and green wait for the front door,
 * whose office-hours clock starts when it opens.
 */
export function routeNewCase(
  calendar: Calendar,
  rag: Rag,
  at: { receivedAt: Date; landedAt: Date },
  responseHours: Readonly<Record<Rag, number>>,
  emergencyDutyHours: number = DEFAULT_EMERGENCY_DUTY_HOURS,
): CaseRouting {
  if (rag === Rag.Red && !calendar.isOfficeOpenAt(at.landedAt)) {
    return {
      queue: ScreeningQueue.EmergencyDutyTeam,
      deadline: new Date(at.landedAt.getTime() + emergencyDutyHours * 3_600_000),
      deadlineClock: DeadlineClock.ElapsedHours,
    };
  }
  return {
    queue: ScreeningQueue.FrontDoor,
    deadline: responseDeadline(calendar, at.receivedAt, rag, responseHours),
    deadlineClock: DeadlineClock.OfficeHours,
  };
}

/** The emergency duty team's hours must be a positive number no longer than a day. For boot. */
export function emergencyDutyHours(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_EMERGENCY_DUTY_HOURS;
  const hours = Number(value);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24) {
    throw new RangeError(
      `EMERGENCY_DUTY_RESPONSE_HOURS must be a number of hours above 0 and up to 24, got '${value}'`,
    );
  }
  return hours;
}

/** Elapsed hours from `now` to `deadline`, to two decimals; negative once it has passed. */
export function elapsedHoursLeft(now: Date, deadline: Date): number {
  return Math.round(((deadline.getTime() - now.getTime()) / 3_600_000) * 100) / 100;
}
