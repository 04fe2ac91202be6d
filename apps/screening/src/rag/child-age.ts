import { TZDate } from '@date-fns/tz';
import { DEFAULT_TIME_ZONE } from '@frontdoor/calendar';
import { DateOfBirthStatus } from '@frontdoor/contracts';

/** The parts of ChildV1 that say how old a child is. */
export interface ChildAgeSource {
  dateOfBirthStatus: DateOfBirthStatus;
  dateOfBirth?: string;
  expectedDateOfBirth?: string;
}

/**
 * How old a child is for the screening rules.
 * - `years`: completed years; null when not known, so no rule can mistake "unknown" for an age.
 * - `unborn`: an unborn child has `years: 0`, because every age-based rule exists to protect
 *   the youngest children and a pre-birth concern (e.g. domestic abuse in pregnancy) needs the
 *   same urgency as one about a newborn. `unborn` keeps the distinction for anyone who needs it.
 *   It stays true after the expected date passes: the record says unborn until someone updates it.
 */
export interface ChildAge {
  years: number | null;
  unborn: boolean;
}

export function childAge(child: ChildAgeSource, at: Date): ChildAge {
  if (child.dateOfBirthStatus === 'unborn') return { years: 0, unborn: true };
  return { years: ageInYears(child.dateOfBirth, at), unborn: false };
}

const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Completed years on `at`'s calendar date in England. Someone born on 29 February has their
 * birthday on 1 March in other years. Null when the date is missing, not a real date, or after
 * `at` (a date of birth in the future is a recording error, not an age).
 */
export function ageInYears(dateOfBirth: string | undefined, at: Date): number | null {
  const match = dateOfBirth === undefined ? null : ISO_DATE_PREFIX.exec(dateOfBirth);
  if (!match) return null;
  const [birthYear, birthMonth, birthDay] = match.slice(1).map(Number);
  if (!isRealDate(birthYear, birthMonth, birthDay)) return null;

  const today = new TZDate(at.getTime(), DEFAULT_TIME_ZONE);
  const [year, month, day] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  const birthdayPassed = month > birthMonth || (month === birthMonth && day >= birthDay);
  const years = year - birthYear - (birthdayPassed ? 0 : 1);
  return years < 0 ? null : years;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
