/**
 * Where "now" comes from. Services take a Clock instead of calling `new Date()` so that
 * deadline and SLA rules can be tested at any instant (a Friday evening, a bank holiday,
 * the night the clocks change).
 */
export interface Clock {
  now(): Date;
}

/** The real clock, for production wiring. */
export const systemClock: Clock = {
  now: () => new Date(),
};

/** A duration in elapsed time. A "day" here is 24 hours, not a calendar or working day. */
export interface ElapsedDuration {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/** The duration in milliseconds (NaN when a part is not a number). */
export function durationMs(by: ElapsedDuration): number {
  return (
    (by.days ?? 0) * MS_PER_DAY +
    (by.hours ?? 0) * MS_PER_HOUR +
    (by.minutes ?? 0) * MS_PER_MINUTE +
    (by.seconds ?? 0) * MS_PER_SECOND +
    (by.milliseconds ?? 0)
  );
}

/** A clock that only moves when a test moves it. */
export class ManualClock implements Clock {
  private currentMs: number;

  constructor(start: Date | string) {
    this.currentMs = toEpochMs(start);
  }

  now(): Date {
    // A fresh Date each time, so a caller mutating the result cannot move the clock.
    return new Date(this.currentMs);
  }

  set(instant: Date | string): void {
    this.currentMs = toEpochMs(instant);
  }

  /** Moves the clock forward (or back, with negative values); returns the new now. */
  advance(by: number | ElapsedDuration): Date {
    const deltaMs = typeof by === 'number' ? by : durationMs(by);
    if (!Number.isFinite(deltaMs)) {
      throw new RangeError('ManualClock.advance needs a finite duration');
    }
    this.currentMs += deltaMs;
    return this.now();
  }
}

function toEpochMs(instant: Date | string): number {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError(`ManualClock needs a valid instant, got ${String(instant)}`);
  }
  return ms;
}
