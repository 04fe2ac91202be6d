import { TZDate } from '@date-fns/tz';
import { WorkingCalendar } from '@frontdoor/calendar';
import { Rag } from '@frontdoor/contracts';
import { format } from 'date-fns';
import { RESPONSE_WORKING_HOURS, responseDeadline, responseWorkingHours } from './response-deadline';

const LONDON = 'Europe/London';

/** An instant from a London wall-clock reading, 'yyyy-MM-dd HH:mm'. */
function london(wallClock: string): Date {
  const [date, time] = wallClock.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, LONDON).getTime());
}

/** The London wall-clock reading, with the weekday so failures read easily. */
function inLondon(instant: Date): string {
  return format(new TZDate(instant.getTime(), LONDON), 'yyyy-MM-dd HH:mm EEE');
}

describe('RESPONSE_WORKING_HOURS', () => {
  it('is red 4 hours, amber one working day, green three working days', () => {
    expect(RESPONSE_WORKING_HOURS).toEqual({ [Rag.Red]: 4, [Rag.Amber]: 8, [Rag.Green]: 24 });
  });
});

describe('responseDeadline', () => {
  const calendar = new WorkingCalendar();
  const deadline = (receivedAt: string, rag: Rag) => inLondon(responseDeadline(calendar, london(receivedAt), rag));

  it('counts office hours within an ordinary week', () => {
    expect(deadline('2026-06-15 10:00', Rag.Red)).toBe('2026-06-15 14:00 Mon');
    expect(deadline('2026-06-15 10:00', Rag.Amber)).toBe('2026-06-16 10:00 Tue');
    expect(deadline('2026-06-15 10:00', Rag.Green)).toBe('2026-06-18 10:00 Thu');
  });

  it('carries a Friday afternoon contact over the weekend', () => {
    expect(deadline('2026-06-12 16:00', Rag.Red)).toBe('2026-06-15 12:00 Mon');
    expect(deadline('2026-06-12 16:00', Rag.Amber)).toBe('2026-06-15 16:00 Mon');
    expect(deadline('2026-06-12 16:00', Rag.Green)).toBe('2026-06-17 16:00 Wed');
  });

  it('starts the clock at the next opening for contacts received out of hours', () => {
    expect(deadline('2026-06-15 07:00', Rag.Red)).toBe('2026-06-15 13:00 Mon');
    expect(deadline('2026-06-13 10:00', Rag.Red)).toBe('2026-06-15 13:00 Mon');
  });

  it('skips Christmas Day and the Boxing Day substitute (Monday 28 December 2026)', () => {
    expect(deadline('2026-12-24 15:00', Rag.Red)).toBe('2026-12-29 11:00 Tue');
    expect(deadline('2026-12-24 15:00', Rag.Amber)).toBe('2026-12-29 15:00 Tue');
    expect(deadline('2026-12-24 15:00', Rag.Green)).toBe('2026-12-31 15:00 Thu');
  });

  it('skips the Easter weekend', () => {
    expect(deadline('2026-04-02 14:00', Rag.Amber)).toBe('2026-04-07 14:00 Tue');
  });

  it('keeps the wall-clock time across the change from BST to GMT', () => {
    expect(deadline('2026-10-23 15:00', Rag.Amber)).toBe('2026-10-26 15:00 Mon');
  });

  it('uses the hours it is given', () => {
    const hours = responseWorkingHours({ [Rag.Red]: 2 });
    expect(inLondon(responseDeadline(calendar, london('2026-06-15 10:00'), Rag.Red, hours))).toBe(
      '2026-06-15 12:00 Mon',
    );
    expect(inLondon(responseDeadline(calendar, london('2026-06-15 10:00'), Rag.Amber, hours))).toBe(
      '2026-06-16 10:00 Tue',
    );
  });
});

describe('responseWorkingHours', () => {
  it('is the defaults without overrides', () => {
    expect(responseWorkingHours()).toEqual(RESPONSE_WORKING_HOURS);
  });

  it('overrides only the ones given', () => {
    expect(responseWorkingHours({ [Rag.Green]: 40 })).toEqual({ [Rag.Red]: 4, [Rag.Amber]: 8, [Rag.Green]: 40 });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s hours', (hours) => {
    expect(() => responseWorkingHours({ [Rag.Amber]: hours })).toThrow(RangeError);
  });

  it('refuses a less urgent colour with a shorter deadline', () => {
    expect(() => responseWorkingHours({ [Rag.Red]: 10 })).toThrow(
      'Response hours must not shorten as urgency falls (red 10, amber 8, green 24)',
    );
  });
});
