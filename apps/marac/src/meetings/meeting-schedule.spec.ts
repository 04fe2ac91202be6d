import { WorkingCalendar } from '@frontdoor/calendar';
import { DEFAULT_MEETING_SCHEDULE, plannedMeetings, workingDaysBefore } from './meeting-schedule';

const calendar = new WorkingCalendar();

describe('MARAC meeting schedule', () => {
  it('is weekly on Thursday at 10:00 London time, cut-off 2 working days before', () => {
    const meetings = plannedMeetings(new Date('2026-11-23T09:00:00Z'), 3, DEFAULT_MEETING_SCHEDULE, calendar);
    expect(meetings.map((m) => m.heldAt.toISOString())).toEqual([
      '2026-11-26T10:00:00.000Z',
      '2026-12-03T10:00:00.000Z',
      '2026-12-10T10:00:00.000Z',
    ]);
    expect(meetings[0].researchCutOffAt.toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(meetings[0].capacity).toBe(20);
  });

  it('keeps 10:00 on the wall clock in summer time', () => {
    const [meeting] = plannedMeetings(new Date('2026-07-01T00:00:00Z'), 1, DEFAULT_MEETING_SCHEDULE, calendar);
    expect(meeting.heldAt.toISOString()).toBe('2026-07-02T09:00:00.000Z');
  });

  it('moves a meeting on a bank holiday to the next working day', () => {
    // Monday meetings: 25 May 2026 is the spring bank holiday.
    const meetings = plannedMeetings(
      new Date('2026-05-20T00:00:00Z'),
      1,
      { ...DEFAULT_MEETING_SCHEDULE, weekday: 1 },
      calendar,
    );
    expect(meetings[0]).toMatchObject({ movedFromBankHoliday: '2026-05-25' });
    expect(meetings[0].heldAt.toISOString()).toBe('2026-05-26T09:00:00.000Z');
  });

  it('counts the cut-off back over weekends and bank holidays', () => {
    // Tuesday 29 Dec 2026: Monday 28th (substitute Boxing Day), the weekend and Christmas Day do not count.
    const cutOff = workingDaysBefore(new Date('2026-12-29T10:00:00Z'), 2, calendar);
    expect(cutOff.toISOString()).toBe('2026-12-23T10:00:00.000Z');
  });

  it('skips a meeting already started', () => {
    const meetings = plannedMeetings(new Date('2026-11-26T10:30:00Z'), 1, DEFAULT_MEETING_SCHEDULE, calendar);
    expect(meetings).toEqual([]);
  });
});
