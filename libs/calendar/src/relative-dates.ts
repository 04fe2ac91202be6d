import { TZDate } from '@date-fns/tz';
import { addDays, format, subMonths, subYears } from 'date-fns';
import { Clock, ElapsedDuration, durationMs, systemClock } from './clock';
import { DEFAULT_TIME_ZONE, WorkingCalendar } from './working-calendar';

// Dates for OpenAPI examples, demo data and tests that a rule compares with the present ("in the
// future", "not in the future", "within 28 days", "a working day"). A fixed date in such a place
// is a failure waiting for its day; these are worked out from the clock they run under instead.
// Rules tested at a chosen moment keep fixed dates and a ManualClock.

/** The instant `by` from now (negative parts for the past), as ISO 8601 to the second. */
export function instantFromNow(by: ElapsedDuration, clock: Clock = systemClock): string {
  const instant = new Date(clock.now().getTime() + durationMs(by));
  instant.setUTCMilliseconds(0);
  return instant.toISOString();
}

/** The London calendar date `days` after today's London date (before it when negative), 'yyyy-MM-dd'. */
export function londonDateFromToday(days: number, clock: Clock = systemClock): string {
  return format(addDays(londonNow(clock), days), 'yyyy-MM-dd');
}

/** The date of birth of a child who is `years` years and `months` months old today (London). */
export function dateOfBirthAged(years: number, months = 0, clock: Clock = systemClock): string {
  return format(subMonths(subYears(londonNow(clock), years), months), 'yyyy-MM-dd');
}

/**
 * The `occurrence`-th instant from now at London clock time `time` ('HH:mm') on a working day
 * (1 = the soonest, which is today if it is a working day and that time is still to come), as
 * ISO 8601: for meetings and availability that must fall in office hours.
 */
export function londonTimeOnWorkingDay(occurrence: number, time: string, clock: Clock = systemClock): string {
  if (!Number.isInteger(occurrence) || occurrence < 1)
    throw new RangeError(`occurrence must be 1 or more, got ${occurrence}`);
  const calendar = new WorkingCalendar();
  let instant = clock.now();
  for (let n = 0; n < occurrence; n++) instant = calendar.nextWorkingDayAt(instant, time);
  return instant.toISOString();
}

function londonNow(clock: Clock): TZDate {
  return new TZDate(clock.now().getTime(), DEFAULT_TIME_ZONE);
}
