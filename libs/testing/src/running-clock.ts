import { Clock, ElapsedDuration, WorkingCalendar, durationMs } from '@frontdoor/calendar';
import { TZDate } from '@date-fns/tz';

/**
 * A clock that starts where a test puts it and then runs with real time, so timers, sweeps and
 * "time left" keep moving; `advance` jumps it (the night passes). For services in a test
 * process that must see an evening or an office morning whatever the hour the test runs.
 */
export class RunningClock implements Clock {
  private offsetMs: number;

  constructor(start: Date) {
    this.offsetMs = start.getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  advance(by: ElapsedDuration): Date {
    this.offsetMs += durationMs(by);
    return this.now();
  }
}

/**
 * The most recent working day before today (by the real clock, so never a date written down)
 * at a London wall-clock time: 10:00 is in office hours, 21:31 is an evening out of them.
 */
export function lastWorkingDayAt(time: { hours: number; minutes: number }, calendar = new WorkingCalendar()): Date {
  const today = new TZDate(Date.now(), calendar.timeZone);
  for (let daysBack = 1; ; daysBack++) {
    const day = new TZDate(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() - daysBack,
      time.hours,
      time.minutes,
      calendar.timeZone,
    );
    if (calendar.isWorkingDay(day)) return new Date(day.getTime());
  }
}
