import { ManualClock, systemClock } from './clock';

describe('systemClock', () => {
  it('reads the real time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('ManualClock', () => {
  it('starts where it is told and stands still', () => {
    const clock = new ManualClock('2026-01-16T16:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-01-16T16:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-01-16T16:00:00.000Z');
  });

  it('can be set', () => {
    const clock = new ManualClock(new Date('2026-01-16T16:00:00Z'));
    clock.set(new Date('2026-03-29T00:30:00Z'));
    expect(clock.now().toISOString()).toBe('2026-03-29T00:30:00.000Z');
    clock.set('2026-10-25T01:30:00Z');
    expect(clock.now().toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('advances by milliseconds or by a duration in elapsed time', () => {
    const clock = new ManualClock('2026-01-16T16:00:00Z');
    expect(clock.advance(1_000).toISOString()).toBe('2026-01-16T16:00:01.000Z');
    expect(clock.advance({ hours: 2, minutes: 30 }).toISOString()).toBe('2026-01-16T18:30:01.000Z');
    // A "day" is 24 hours even across the clock change.
    clock.set('2026-03-28T12:00:00Z');
    expect(clock.advance({ days: 1 }).toISOString()).toBe('2026-03-29T12:00:00.000Z');
    expect(clock.advance({ seconds: -1, milliseconds: -500 }).toISOString()).toBe('2026-03-29T11:59:58.500Z');
  });

  it('hands out copies, so callers cannot move it', () => {
    const clock = new ManualClock('2026-01-16T16:00:00Z');
    clock.now().setFullYear(2030);
    expect(clock.now().toISOString()).toBe('2026-01-16T16:00:00.000Z');
  });

  it('rejects invalid instants and durations', () => {
    expect(() => new ManualClock('not a date')).toThrow(RangeError);
    const clock = new ManualClock('2026-01-16T16:00:00Z');
    expect(() => clock.set(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
  });
});
