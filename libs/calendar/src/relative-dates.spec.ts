import { ManualClock } from './clock';
import { dateOfBirthAged, instantFromNow, londonDateFromToday, londonTimeOnWorkingDay } from './relative-dates';

describe('dates relative to the clock', () => {
  // Friday 18 December 2026, 23:30 in London (GMT): late enough that London's date is about to turn.
  const fridayNight = new ManualClock('2026-12-18T23:30:00Z');

  it('moves an instant by an elapsed duration, to the second', () => {
    expect(instantFromNow({ days: 7, hours: 2 }, fridayNight)).toBe('2026-12-26T01:30:00.000Z');
    expect(instantFromNow({ minutes: -90, milliseconds: 400 }, fridayNight)).toBe('2026-12-18T22:00:00.000Z');
  });

  it("counts calendar days from London's date, not UTC's", () => {
    const summerNight = new ManualClock('2027-06-30T23:30:00Z'); // already 1 July in London (BST)
    expect(londonDateFromToday(0, summerNight)).toBe('2027-07-01');
    expect(londonDateFromToday(-1, summerNight)).toBe('2027-06-30');
    expect(londonDateFromToday(14, fridayNight)).toBe('2027-01-01');
  });

  it('gives the date of birth of a child of a given age', () => {
    expect(dateOfBirthAged(9, 0, fridayNight)).toBe('2017-12-18');
    expect(dateOfBirthAged(0, 4, fridayNight)).toBe('2026-08-18');
  });

  it('finds a London office time on a working day, skipping the weekend and Christmas', () => {
    // The soonest 09:30 after a Friday night is Monday 21st; the third skips Christmas Day and Boxing Day's substitute.
    expect(londonTimeOnWorkingDay(1, '09:30', fridayNight)).toBe('2026-12-21T09:30:00.000Z');
    expect(londonTimeOnWorkingDay(4, '09:30', fridayNight)).toBe('2026-12-24T09:30:00.000Z');
    expect(londonTimeOnWorkingDay(5, '09:30', fridayNight)).toBe('2026-12-29T09:30:00.000Z');
    expect(() => londonTimeOnWorkingDay(0, '09:30', fridayNight)).toThrow(RangeError);
  });
});
