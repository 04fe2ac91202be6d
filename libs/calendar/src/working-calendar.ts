import { TZDate } from '@date-fns/tz';
import { addDays, format, isWeekend } from 'date-fns';
import { bankHolidayOn } from './bank-holidays';
import { ClockTime, minutesSinceMidnight, parseClockTime } from './clock-time';

export interface WorkingCalendarOptions {
  /** IANA time zone whose calendar dates and clock times count. Default 'Europe/London'. */
  timeZone?: string;
  /** Office hours as 'HH:mm' clock times in `timeZone`. Default 09:00 to 17:00. */
  officeHours?: { start: string; end: string };
  /** Extra days the council is closed, as 'yyyy-MM-dd' (e.g. between Christmas and New Year). */
  extraClosedDates?: string[];
}

export const DEFAULT_TIME_ZONE = 'Europe/London';
export const DEFAULT_OFFICE_HOURS = { start: '09:00', end: '17:00' } as const;

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
// Days are walked at midday, so stepping a day never lands in a clock change (01:00-02:00).
const MIDDAY: ClockTime = { hours: 12, minutes: 0 };

/**
 * Working days and office hours for statutory timescales (Working Together): weekends,
 * England and Wales bank holidays and any extra closure days do not count.
 *
 * Every judgement uses the calendar date and clock time in `timeZone`, so a deadline
 * stays at 16:00 on the wall clock across the BST/GMT changes. Results are plain Dates.
 */
export class WorkingCalendar {
  readonly timeZone: string;
  private readonly opening: ClockTime;
  private readonly closing: ClockTime;
  private readonly extraClosedDates: ReadonlySet<string>;

  constructor(options: WorkingCalendarOptions = {}) {
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    assertKnownTimeZone(this.timeZone);

    const officeHours = options.officeHours ?? DEFAULT_OFFICE_HOURS;
    this.opening = parseClockTime(officeHours.start);
    this.closing = parseClockTime(officeHours.end);
    if (minutesSinceMidnight(this.opening) >= minutesSinceMidnight(this.closing)) {
      throw new RangeError(`Office hours must open before they close, got ${officeHours.start}-${officeHours.end}`);
    }

    const closedDates = options.extraClosedDates ?? [];
    for (const date of closedDates) assertIsoDate(date);
    this.extraClosedDates = new Set(closedDates);
  }

  /** Not a weekend, a bank holiday or an extra closure day, by the local calendar date. */
  isWorkingDay(instant: Date): boolean {
    return this.isWorkingDate(this.local(instant));
  }

  isBankHoliday(instant: Date): boolean {
    return this.bankHolidayName(instant) !== undefined;
  }

  bankHolidayName(instant: Date): string | undefined {
    return bankHolidayOn(isoDate(this.local(instant)));
  }

  /** Whether the office is open at `instant`: a working day, at or after opening and before closing. */
  isOfficeOpenAt(instant: Date): boolean {
    const local = this.local(instant);
    return (
      this.isWorkingDate(local) &&
      local.getTime() >= this.at(local, this.opening).getTime() &&
      local.getTime() < this.at(local, this.closing).getTime()
    );
  }

  /**
   * The instant `hours` of office time after `from` (fractions allowed, rounded to the minute).
   * Time before opening counts from opening; after closing or on a non-working day, from
   * the next working day's opening. Friday 16:00 + 8 h is Monday 16:00.
   */
  addWorkingHours(from: Date, hours: number): Date {
    assertNonNegative('hours', hours);
    let remainingMs = Math.round(hours * 60) * MS_PER_MINUTE;
    let cursor = this.firstOfficeInstantFrom(from);
    for (;;) {
      const officeTimeLeftToday = this.at(cursor, this.closing).getTime() - cursor.getTime();
      if (remainingMs <= officeTimeLeftToday) {
        return new Date(cursor.getTime() + remainingMs);
      }
      remainingMs -= officeTimeLeftToday;
      cursor = this.openingOfNextWorkingDay(cursor);
    }
  }

  /**
   * The same local clock time `days` working days later (ICPC within 15, assessment within 45).
   * From a non-working day the count starts at the next working day's opening.
   */
  addWorkingDays(from: Date, days: number): Date {
    assertNonNegative('days', days);
    if (!Number.isInteger(days)) {
      throw new RangeError(`days must be a whole number, got ${days}`);
    }
    let start = this.local(from);
    if (!this.isWorkingDate(start)) {
      start = this.openingOfNextWorkingDay(start);
    }
    let day = start;
    for (let counted = 0; counted < days; counted++) {
      day = this.nextWorkingDate(day);
    }
    return toPlainDate(
      new TZDate(
        day.getFullYear(),
        day.getMonth(),
        day.getDate(),
        start.getHours(),
        start.getMinutes(),
        start.getSeconds(),
        start.getMilliseconds(),
        this.timeZone,
      ),
    );
  }

  /**
   * Office hours between two instants, for "time left" displays; negative when `to` is
   * before `from`. Only time inside office hours on working days counts.
   */
  workingHoursBetween(from: Date, to: Date): number {
    if (to.getTime() < from.getTime()) {
      return -this.workingHoursBetween(to, from);
    }
    const lastDate = isoDate(this.local(to));
    let totalMs = 0;
    for (let day = this.local(from); ; day = this.dayAfter(day)) {
      if (this.isWorkingDate(day)) {
        const overlapStart = Math.max(this.at(day, this.opening).getTime(), from.getTime());
        const overlapEnd = Math.min(this.at(day, this.closing).getTime(), to.getTime());
        totalMs += Math.max(0, overlapEnd - overlapStart);
      }
      if (isoDate(day) >= lastDate) break;
    }
    return totalMs / MS_PER_HOUR;
  }

  /**
   * The earliest instant after `from` that falls on a working day at local clock time `time`
   * ('HH:mm'). Operation Encompass: "before the start of the next school day".
   */
  nextWorkingDayAt(from: Date, time: string): Date {
    const clockTime = parseClockTime(time);
    for (let day = this.local(from); ; day = this.dayAfter(day)) {
      if (this.isWorkingDate(day)) {
        const candidate = this.at(day, clockTime);
        if (candidate.getTime() > from.getTime()) return toPlainDate(candidate);
      }
    }
  }

  private isWorkingDate(day: TZDate): boolean {
    const date = isoDate(day);
    return !isWeekend(day) && bankHolidayOn(date) === undefined && !this.extraClosedDates.has(date);
  }

  /** `from` itself when the office is open then; otherwise the next opening. */
  private firstOfficeInstantFrom(from: Date): TZDate {
    const local = this.local(from);
    if (!this.isWorkingDate(local)) return this.openingOfNextWorkingDay(local);
    const opening = this.at(local, this.opening);
    if (local.getTime() < opening.getTime()) return opening;
    if (local.getTime() < this.at(local, this.closing).getTime()) return local;
    return this.openingOfNextWorkingDay(local);
  }

  private openingOfNextWorkingDay(day: TZDate): TZDate {
    return this.at(this.nextWorkingDate(day), this.opening);
  }

  /** Midday on the first working date strictly after `day`'s date. */
  private nextWorkingDate(day: TZDate): TZDate {
    let next = this.dayAfter(day);
    while (!this.isWorkingDate(next)) next = this.dayAfter(next);
    return next;
  }

  private dayAfter(day: TZDate): TZDate {
    return addDays(this.at(day, MIDDAY), 1);
  }

  /** The instant at local clock time `time` on `day`'s local date. */
  private at(day: TZDate, time: ClockTime): TZDate {
    return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), time.hours, time.minutes, this.timeZone);
  }

  private local(instant: Date): TZDate {
    return new TZDate(instant.getTime(), this.timeZone);
  }
}

function isoDate(day: TZDate): string {
  return format(day, 'yyyy-MM-dd');
}

// TZDate is a Date subclass with extra fields; callers get a plain Date so equality checks behave.
function toPlainDate(instant: Date): Date {
  return new Date(instant.getTime());
}

function assertKnownTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new RangeError(`Unknown time zone '${timeZone}'`);
  }
}

function assertIsoDate(value: string): void {
  // Round-tripping through Date rejects impossible dates such as 2026-02-30 (Date rolls them over).
  const parsed = new Date(`${value}T00:00:00Z`);
  const isRealDate =
    ISO_DATE_PATTERN.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  if (!isRealDate) {
    throw new RangeError(`extraClosedDates must be 'yyyy-MM-dd' dates, got '${value}'`);
  }
}

function assertNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of zero or more, got ${value}`);
  }
}
