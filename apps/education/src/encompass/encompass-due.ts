import { WorkingCalendar } from '@frontdoor/calendar';
import { DEFAULT_SCHOOL_DAY_START } from '../schools/school.entity';

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Weekends and England-and-Wales bank holidays; London clock time. */
const SCHOOL_DAYS = new WorkingCalendar();

/**
 * Operation Encompass: the school's DSL is told "before the start of the next school day". The
 * notification is due at the school's own start time ('HH:mm', London) on the first weekday that
 * is not a bank holiday and starts after the incident: Friday 20:00 is due Monday 08:45; Tuesday
 * 07:00 is due that Tuesday at 08:45, Tuesday 09:30 the Wednesday.
 *
 * Term holidays and INSET days are out of scope: term dates differ by school and year and the
 * service does not hold them, so a notification during a holiday is due on the next weekday and
 * may show as overdue until the school is back. Erring early is the safe direction.
 *
 * A missing or malformed start time falls back to the LA default (08:45) rather than refusing the
 * incident: a notification that exists with a default deadline beats one that does not exist.
 */
export function encompassDueAt(
  occurredAt: Date,
  schoolDayStartsAt: string | null | undefined,
  calendar: WorkingCalendar = SCHOOL_DAYS,
): Date {
  return calendar.nextWorkingDayAt(occurredAt, schoolDayStart(schoolDayStartsAt));
}

/** The school's start time when it is a valid 'HH:mm', else the LA default. */
export function schoolDayStart(schoolDayStartsAt: string | null | undefined): string {
  const value = schoolDayStartsAt?.trim();
  return value && CLOCK_TIME.test(value) ? value : DEFAULT_SCHOOL_DAY_START;
}
