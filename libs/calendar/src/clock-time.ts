/** A wall-clock time of day, e.g. office opening at 09:00. */
export interface ClockTime {
  hours: number;
  minutes: number;
}

const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses 'HH:mm' (24-hour). Throws on anything else so a bad config fails at boot. */
export function parseClockTime(value: string): ClockTime {
  const match = CLOCK_TIME_PATTERN.exec(value);
  if (!match) {
    throw new RangeError(`Expected a time as 'HH:mm' (24-hour), got '${value}'`);
  }
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

export function minutesSinceMidnight(time: ClockTime): number {
  return time.hours * 60 + time.minutes;
}
