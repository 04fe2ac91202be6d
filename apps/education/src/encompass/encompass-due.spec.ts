import { WorkingCalendar } from '@frontdoor/calendar';
import { encompassDueAt, schoolDayStart } from './encompass-due';

/** The instant as London wall-clock time 'yyyy-MM-dd HH:mm', so expectations read like the rule. */
function london(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

const due = (occurredAt: string, start: string | null = '08:45') => london(encompassDueAt(new Date(occurredAt), start));

describe('Operation Encompass: due before the start of the next school day', () => {
  it('is due on Monday morning for an incident on Friday evening', () => {
    // Friday 27 November 2026, 20:00 GMT.
    expect(due('2026-11-27T20:00:00Z')).toBe('2026-11-30 08:45');
    // In BST: Friday 11 September 2026, 20:00 London is 19:00 UTC.
    expect(due('2026-09-11T19:00:00Z')).toBe('2026-09-14 08:45');
    expect(encompassDueAt(new Date('2026-09-11T19:00:00Z'), '08:45').toISOString()).toBe('2026-09-14T07:45:00.000Z');
  });

  it('skips a bank holiday Monday: Friday before the summer bank holiday is due on Tuesday', () => {
    // Monday 31 August 2026 is the summer bank holiday.
    expect(due('2026-08-28T21:00:00+01:00')).toBe('2026-09-01 08:45');
    expect(due('2026-08-28T20:00:00+01:00')).toBe('2026-09-01 08:45');
    // Over the weekend and on the bank holiday itself too.
    expect(due('2026-08-30T10:00:00+01:00')).toBe('2026-09-01 08:45');
    expect(due('2026-08-31T23:30:00+01:00')).toBe('2026-09-01 08:45');
  });

  it('is due the same morning for an incident before school starts, the next day for one after', () => {
    // Tuesday 24 November 2026.
    expect(due('2026-11-24T07:00:00Z')).toBe('2026-11-24 08:45');
    expect(due('2026-11-24T08:44:00Z')).toBe('2026-11-24 08:45');
    expect(due('2026-11-24T08:45:00Z')).toBe('2026-11-25 08:45');
    expect(due('2026-11-24T09:30:00Z')).toBe('2026-11-25 08:45');
    // Just after midnight counts for that morning.
    expect(due('2026-11-24T00:05:00Z')).toBe('2026-11-24 08:45');
  });

  it("uses the school's own start time", () => {
    expect(due('2026-11-24T07:00:00Z', '08:30')).toBe('2026-11-24 08:30');
    expect(due('2026-11-24T08:35:00Z', '08:30')).toBe('2026-11-25 08:30');
    expect(due('2026-11-27T20:00:00Z', '08:30')).toBe('2026-11-30 08:30');
    // A school starting at 08:55 still gets an incident at 08:50 that morning.
    expect(due('2026-11-24T08:50:00Z', '08:55')).toBe('2026-11-24 08:55');
  });

  it('skips Christmas 2026: Christmas Day on a Friday and the substitute Boxing Day on Monday 28th', () => {
    // Thursday 24 December, evening: Friday 25th, the weekend and Monday 28th are not school days.
    expect(due('2026-12-24T20:00:00Z')).toBe('2026-12-29 08:45');
    expect(due('2026-12-25T12:00:00Z')).toBe('2026-12-29 08:45');
    expect(due('2026-12-28T07:00:00Z')).toBe('2026-12-29 08:45');
    // New Year's Day 2027 is a Friday: an incident on the Thursday evening is due Monday 4th.
    expect(due('2026-12-31T21:00:00Z')).toBe('2027-01-04 08:45');
  });

  it('keeps the school start on the London clock across the change to GMT', () => {
    // Friday 23 October 2026 evening (BST); clocks go back on Sunday 25th; due Monday 26th 08:45 GMT.
    expect(encompassDueAt(new Date('2026-10-23T19:00:00Z'), '08:45').toISOString()).toBe('2026-10-26T08:45:00.000Z');
  });

  it('falls back to the LA default for a missing or malformed start time', () => {
    expect(schoolDayStart(undefined)).toBe('08:45');
    expect(schoolDayStart(null)).toBe('08:45');
    expect(schoolDayStart('')).toBe('08:45');
    expect(schoolDayStart('8:30')).toBe('08:45');
    expect(schoolDayStart('25:00')).toBe('08:45');
    expect(schoolDayStart(' 08:30 ')).toBe('08:30');
    expect(due('2026-11-24T07:00:00Z', 'soon')).toBe('2026-11-24 08:45');
  });

  it('honours extra closure days when a calendar with them is given', () => {
    const calendar = new WorkingCalendar({ extraClosedDates: ['2026-11-30'] });
    expect(london(encompassDueAt(new Date('2026-11-27T20:00:00Z'), '08:45', calendar))).toBe('2026-12-01 08:45');
  });
});
