import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { bankHolidaysIn } from './bank-holidays';
import { WorkingCalendar } from './working-calendar';

const LONDON = 'Europe/London';

/** An instant from a London wall-clock reading, 'yyyy-MM-dd HH:mm'. */
function london(wallClock: string): Date {
  const [date, time] = wallClock.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, LONDON).getTime());
}

/** The London wall-clock reading of an instant, with the weekday to make failures readable. */
function inLondon(instant: Date): string {
  return format(new TZDate(instant.getTime(), LONDON), 'yyyy-MM-dd HH:mm EEE');
}

describe('WorkingCalendar', () => {
  const calendar = new WorkingCalendar();

  describe('bank holidays (England and Wales, from date-holidays)', () => {
    it.each([
      ['2026-01-01', "New Year's Day"],
      ['2026-04-03', 'Good Friday'],
      ['2026-04-06', 'Easter Monday'],
      ['2026-05-04', 'Early May bank holiday'],
      ['2026-05-25', 'Spring bank holiday'],
      ['2026-08-31', 'Summer bank holiday'],
      ['2026-12-25', 'Christmas Day'],
      ['2026-12-26', 'Boxing Day'],
      ['2026-12-28', 'Boxing Day (substitute day)'],
      ['2027-12-27', 'Christmas Day (substitute day)'],
      ['2027-12-28', 'Boxing Day (substitute day)'],
    ])('%s is %s', (date, name) => {
      const midday = london(`${date} 12:00`);
      expect(calendar.isBankHoliday(midday)).toBe(true);
      expect(calendar.bankHolidayName(midday)).toBe(name);
      expect(calendar.isWorkingDay(midday)).toBe(false);
    });

    it('lists the nine 2026 bank holidays, substitute Boxing Day included', () => {
      expect(bankHolidaysIn(2026).map((holiday) => holiday.date)).toEqual([
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-04',
        '2026-05-25',
        '2026-08-31',
        '2026-12-25',
        '2026-12-26',
        '2026-12-28',
      ]);
    });

    it.each([
      ['2026-03-15', "Mother's Day"],
      ['2026-04-05', 'Easter Sunday'],
      ['2026-06-21', "Father's Day"],
    ])('ignores the observance on %s (%s)', (date) => {
      expect(calendar.isBankHoliday(london(`${date} 12:00`))).toBe(false);
    });

    it('judges by the London date, not the UTC date', () => {
      // 23:30 UTC on 2 April 2026 is 00:30 BST on Good Friday.
      const earlyGoodFriday = new Date('2026-04-02T23:30:00Z');
      expect(calendar.isBankHoliday(earlyGoodFriday)).toBe(true);
      expect(calendar.isWorkingDay(earlyGoodFriday)).toBe(false);
      // 23:30 UTC on Easter Monday is 00:30 BST on Tuesday: a working day.
      expect(calendar.isWorkingDay(new Date('2026-04-06T23:30:00Z'))).toBe(true);
    });
  });

  describe('isWorkingDay', () => {
    it.each([
      ['2026-01-14 10:00', true], // Wednesday
      ['2026-01-14 23:59', true], // the whole date counts, not only office hours
      ['2026-01-17 10:00', false], // Saturday
      ['2026-01-18 10:00', false], // Sunday
      ['2026-01-02 10:00', true], // the Friday after New Year's Day
      ['2026-12-24 10:00', true], // Christmas Eve is not a bank holiday
      ['2026-12-29 10:00', true],
    ])('%s -> %s', (wallClock, expected) => {
      expect(calendar.isWorkingDay(london(wallClock))).toBe(expected);
    });

    it('treats extra closure days as non-working without calling them bank holidays', () => {
      const council = new WorkingCalendar({ extraClosedDates: ['2026-12-29', '2026-12-30'] });
      const closureDay = london('2026-12-29 10:00');
      expect(council.isWorkingDay(closureDay)).toBe(false);
      expect(council.isBankHoliday(closureDay)).toBe(false);
      expect(council.isWorkingDay(london('2026-12-31 10:00'))).toBe(true);
    });
  });

  describe('isOfficeOpenAt', () => {
    it.each([
      ['2026-01-14 09:00', true], // opening minute counts
      ['2026-01-14 16:59', true],
      ['2026-01-14 17:00', false], // closing is the first minute out of hours
      ['2026-01-14 08:59', false],
      ['2026-01-14 21:31', false],
      ['2026-01-17 11:00', false], // Saturday
      ['2026-05-25 11:00', false], // Spring bank holiday
      ['2026-07-01 16:30', true], // British Summer Time: judged on the London wall clock
    ])('%s -> %s', (wallClock, expected) => {
      expect(calendar.isOfficeOpenAt(london(wallClock))).toBe(expected);
    });
  });

  describe('addWorkingHours', () => {
    it.each([
      ['within one day', '2026-01-14 10:00', 3, '2026-01-14 13:00 Wed'],
      ['up to closing exactly', '2026-01-14 16:00', 1, '2026-01-14 17:00 Wed'],
      ['into the next morning', '2026-01-14 16:00', 2, '2026-01-15 10:00 Thu'],
      ['over a weekend', '2026-01-16 16:00', 8, '2026-01-19 16:00 Mon'],
      ['three full days', '2026-01-19 09:00', 24, '2026-01-21 17:00 Wed'],
      ['from before opening', '2026-01-14 07:30', 1, '2026-01-14 10:00 Wed'],
      ['from after closing', '2026-01-14 18:00', 1, '2026-01-15 10:00 Thu'],
      ['from closing time', '2026-01-14 17:00', 1, '2026-01-15 10:00 Thu'],
      ['from a Saturday', '2026-01-17 11:00', 2, '2026-01-19 11:00 Mon'],
      ['from a Sunday night', '2026-01-18 23:00', 8, '2026-01-19 17:00 Mon'],
      ['zero hours inside office hours', '2026-01-14 10:00', 0, '2026-01-14 10:00 Wed'],
      ['zero hours from a Saturday', '2026-01-17 11:00', 0, '2026-01-19 09:00 Mon'],
    ])('%s: %s + %s h', (_case, from, hours, expected) => {
      expect(inLondon(calendar.addWorkingHours(london(from), hours))).toBe(expected);
    });

    it.each([
      ['New Year', '2025-12-31 16:00', 2, '2026-01-02 10:00 Fri'],
      ['Good Friday and Easter Monday', '2026-04-02 14:00', 8, '2026-04-07 14:00 Tue'],
      ['early May bank holiday', '2026-05-01 16:00', 8, '2026-05-05 16:00 Tue'],
      ['spring bank holiday', '2026-05-22 16:00', 8, '2026-05-26 16:00 Tue'],
      ['summer bank holiday', '2026-08-28 16:00', 8, '2026-09-01 16:00 Tue'],
      ['Christmas and the substitute Boxing Day', '2026-12-24 15:00', 8, '2026-12-29 15:00 Tue'],
    ])('skips %s', (_case, from, hours, expected) => {
      expect(inLondon(calendar.addWorkingHours(london(from), hours))).toBe(expected);
    });

    it.each([
      [0.5, '2026-01-14 10:30 Wed'],
      [1.5, '2026-01-14 11:30 Wed'],
      [0.1, '2026-01-14 10:06 Wed'],
      [1 / 3, '2026-01-14 10:20 Wed'],
      [7.75, '2026-01-15 09:45 Thu'],
    ])('supports fractional hours: 10:00 + %s h', (hours, expected) => {
      expect(inLondon(calendar.addWorkingHours(london('2026-01-14 10:00'), hours))).toBe(expected);
    });

    it('keeps the London office hours across the spring clock change (29 March 2026)', () => {
      const fridayAfternoonGmt = london('2026-03-27 16:00');
      expect(fridayAfternoonGmt.toISOString()).toBe('2026-03-27T16:00:00.000Z');
      const due = calendar.addWorkingHours(fridayAfternoonGmt, 8);
      expect(due.toISOString()).toBe('2026-03-30T15:00:00.000Z'); // 16:00 BST
      expect(inLondon(due)).toBe('2026-03-30 16:00 Mon');
    });

    it('keeps the London office hours across the autumn clock change (25 October 2026)', () => {
      const fridayAfternoonBst = london('2026-10-23 16:00');
      expect(fridayAfternoonBst.toISOString()).toBe('2026-10-23T15:00:00.000Z');
      const due = calendar.addWorkingHours(fridayAfternoonBst, 8);
      expect(due.toISOString()).toBe('2026-10-26T16:00:00.000Z'); // 16:00 GMT
    });

    it('skips extra closure days', () => {
      const council = new WorkingCalendar({
        extraClosedDates: ['2026-12-29', '2026-12-30', '2026-12-31'],
      });
      // 2 h on Christmas Eve, then closed until Monday 4 January 2027 (New Year's Day is a Friday).
      const due = council.addWorkingHours(london('2026-12-24 15:00'), 8);
      expect(inLondon(due)).toBe('2027-01-04 15:00 Mon');
    });

    it('follows configured office hours', () => {
      const longDay = new WorkingCalendar({ officeHours: { start: '08:30', end: '17:30' } });
      expect(inLondon(longDay.addWorkingHours(london('2026-01-16 17:00'), 1))).toBe('2026-01-19 09:00 Mon');
      expect(inLondon(longDay.addWorkingHours(london('2026-01-14 08:00'), 9))).toBe('2026-01-14 17:30 Wed');
    });

    it('keeps seconds of the starting instant', () => {
      const from = new Date(london('2026-01-14 10:00').getTime() + 30_000);
      expect(calendar.addWorkingHours(from, 1).getTime() - from.getTime()).toBe(3_600_000);
    });

    it('returns a plain Date', () => {
      expect(calendar.addWorkingHours(london('2026-01-17 11:00'), 0).constructor).toBe(Date);
    });

    it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s hours', (hours) => {
      expect(() => calendar.addWorkingHours(london('2026-01-14 10:00'), hours)).toThrow(RangeError);
    });
  });

  describe('addWorkingDays', () => {
    it.each([
      ['next day', '2026-01-14 10:30', 1, '2026-01-15 10:30 Thu'],
      ['over a weekend', '2026-01-16 14:00', 1, '2026-01-19 14:00 Mon'],
      ['zero days', '2026-01-14 10:30', 0, '2026-01-14 10:30 Wed'],
      ['evening of a working day keeps its clock time', '2026-01-19 20:00', 1, '2026-01-20 20:00 Tue'],
      ['Saturday counts from Monday opening', '2026-01-17 11:00', 1, '2026-01-20 09:00 Tue'],
      ['zero days from a Saturday', '2026-01-17 11:00', 0, '2026-01-19 09:00 Mon'],
      ['from a bank holiday', '2026-04-06 10:00', 1, '2026-04-08 09:00 Wed'],
      ['over Easter', '2026-04-02 11:00', 1, '2026-04-07 11:00 Tue'],
      ['over Christmas 2026', '2026-12-24 11:00', 1, '2026-12-29 11:00 Tue'],
      ['over New Year', '2025-12-31 11:00', 1, '2026-01-02 11:00 Fri'],
      ['over the early May bank holiday', '2026-05-01 11:00', 1, '2026-05-05 11:00 Tue'],
    ])('%s: %s + %d', (_case, from, days, expected) => {
      expect(inLondon(calendar.addWorkingDays(london(from), days))).toBe(expected);
    });

    it('ICPC within 15 working days crosses BST and Easter', () => {
      // Strategy discussion on Monday 16 March 2026 at 14:00 GMT.
      const strategyDiscussion = london('2026-03-16 14:00');
      const icpcDue = calendar.addWorkingDays(strategyDiscussion, 15);
      // 17-20, 23-27, 30-31 March, 1-2 April = 13; skip Good Friday, Easter Monday; 7, 8 April.
      expect(inLondon(icpcDue)).toBe('2026-04-08 14:00 Wed');
      expect(icpcDue.toISOString()).toBe('2026-04-08T13:00:00.000Z');
    });

    it('assessment within 45 working days crosses Christmas and New Year', () => {
      const referral = london('2026-11-02 10:00');
      // 20 working days to 30 Nov, 18 to 24 Dec, 29-31 Dec, 4-7 Jan.
      expect(inLondon(calendar.addWorkingDays(referral, 45))).toBe('2027-01-07 10:00 Thu');
    });

    it('keeps the London clock time across the autumn clock change', () => {
      const due = calendar.addWorkingDays(london('2026-10-23 10:00'), 1);
      expect(due.toISOString()).toBe('2026-10-26T10:00:00.000Z');
    });

    it.each([-1, 1.5, Number.NaN])('rejects %s days', (days) => {
      expect(() => calendar.addWorkingDays(london('2026-01-14 10:00'), days)).toThrow(RangeError);
    });
  });

  describe('workingHoursBetween', () => {
    it.each([
      ['same instant', '2026-01-14 10:00', '2026-01-14 10:00', 0],
      ['within a day', '2026-01-14 10:00', '2026-01-14 12:30', 2.5],
      ['a full day', '2026-01-14 00:00', '2026-01-15 00:00', 8],
      ['over a weekend', '2026-01-16 16:00', '2026-01-19 16:00', 8],
      ['a weekend only', '2026-01-17 00:00', '2026-01-19 00:00', 0],
      ['overnight outside office hours', '2026-01-14 18:00', '2026-01-15 08:00', 0],
      ['over Christmas 2026', '2026-12-24 15:00', '2026-12-29 15:00', 8],
      ['over Easter 2026', '2026-04-02 14:00', '2026-04-07 14:00', 8],
      ['over the spring clock change', '2026-03-27 16:00', '2026-03-30 16:00', 8],
      ['over the autumn clock change', '2026-10-23 16:00', '2026-10-26 16:00', 8],
      ['minutes', '2026-01-14 10:00', '2026-01-14 10:20', 1 / 3],
    ])('%s', (_case, from, to, expected) => {
      expect(calendar.workingHoursBetween(london(from), london(to))).toBeCloseTo(expected, 10);
    });

    it('is negative when the deadline has passed', () => {
      const between = (from: string, to: string) => calendar.workingHoursBetween(london(from), london(to));
      expect(between('2026-01-19 16:00', '2026-01-16 16:00')).toBe(-8);
      expect(between('2026-01-14 12:30', '2026-01-14 10:00')).toBe(-2.5);
    });

    it('counts 253 working days of 8 hours in 2026', () => {
      // 261 weekdays less 8 weekday bank holidays (Boxing Day 2026 is a Saturday).
      const year = calendar.workingHoursBetween(london('2026-01-01 00:00'), london('2027-01-01 00:00'));
      expect(year).toBe(253 * 8);
    });

    it('measures back exactly what addWorkingHours added', () => {
      const starts = [
        '2026-01-14 10:00',
        '2026-01-16 16:45',
        '2026-01-17 11:00',
        '2026-03-27 08:00',
        '2026-04-02 16:59',
        '2026-10-23 18:30',
        '2026-12-24 12:15',
      ];
      for (const start of starts) {
        for (const hours of [0.25, 1, 4, 7.5, 8, 13, 40, 360]) {
          const from = london(start);
          const due = calendar.addWorkingHours(from, hours);
          const measured = calendar.workingHoursBetween(from, due);
          // Labelled so a failure names the case.
          expect({ start, hours, measured }).toEqual({ start, hours, measured: hours });
        }
      }
    });
  });

  describe('nextWorkingDayAt (Operation Encompass: before the next school day)', () => {
    it.each([
      ['Friday evening -> Monday', '2026-01-16 20:00', '2026-01-19 08:45 Mon'],
      ['Tuesday early morning -> the same morning', '2026-01-20 07:00', '2026-01-20 08:45 Tue'],
      ['exactly at the time -> the next day', '2026-01-20 08:45', '2026-01-21 08:45 Wed'],
      ['midday -> the next morning', '2026-01-20 12:00', '2026-01-21 08:45 Wed'],
      ['Friday before a bank holiday -> Tuesday', '2026-05-01 20:00', '2026-05-05 08:45 Tue'],
      ['Christmas Eve -> after substitute Boxing Day', '2026-12-24 19:00', '2026-12-29 08:45 Tue'],
      ['Maundy Thursday -> Easter Tuesday', '2026-04-02 22:00', '2026-04-07 08:45 Tue'],
    ])('%s', (_case, from, expected) => {
      expect(inLondon(calendar.nextWorkingDayAt(london(from), '08:45'))).toBe(expected);
    });

    it('uses the London clock time after the clocks go forward', () => {
      const due = calendar.nextWorkingDayAt(london('2026-03-28 22:00'), '08:45');
      expect(due.toISOString()).toBe('2026-03-30T07:45:00.000Z');
    });

    it.each(['8:45', '24:00', '08:60', 'morning'])('rejects the time %s', (time) => {
      expect(() => calendar.nextWorkingDayAt(london('2026-01-16 20:00'), time)).toThrow(RangeError);
    });
  });

  describe('configuration', () => {
    it.each([
      [{ timeZone: 'Europe/Atlantis' }],
      [{ officeHours: { start: '17:00', end: '09:00' } }],
      [{ officeHours: { start: '09:00', end: '09:00' } }],
      [{ officeHours: { start: '9am', end: '5pm' } }],
      [{ extraClosedDates: ['29/12/2026'] }],
      [{ extraClosedDates: ['2026-02-30'] }],
      [{ extraClosedDates: ['2026-13-01'] }],
    ])('rejects %j at construction', (options) => {
      expect(() => new WorkingCalendar(options)).toThrow(RangeError);
    });

    it('defaults to London', () => {
      expect(calendar.timeZone).toBe('Europe/London');
    });
  });
});
