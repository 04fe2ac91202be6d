import { TZDate } from '@date-fns/tz';
import { WorkingCalendar } from '@frontdoor/calendar';
import { addDays, format, isWeekend } from 'date-fns';

export interface MeetingSchedule {
  /** ISO weekday: 1 Monday .. 7 Sunday. Trafford: weekly on Thursday (4). */
  weekday: number;
  /** Local start time 'HH:mm' in the calendar's time zone. */
  time: string;
  capacity: number;
  /** Agencies' research is due this many working days before the meeting, at the meeting's clock time. */
  researchCutOffWorkingDays: number;
}

export const DEFAULT_MEETING_SCHEDULE: Readonly<MeetingSchedule> = {
  weekday: 4,
  time: '10:00',
  capacity: 20,
  researchCutOffWorkingDays: 2,
};

export interface PlannedMeeting {
  heldAt: Date;
  researchCutOffAt: Date;
  capacity: number;
  /** Set when the regular day was a bank holiday: the meeting moved to the next working day. */
  movedFromBankHoliday?: string;
}

/**
 * The regular meetings whose regular day falls in the `weeks` weeks starting at `from`.
 * A meeting whose day is a bank holiday (or any non-working day) MOVES to the next working day at
 * the same time rather than being skipped: skipping would leave high-risk victims a fortnight
 * without a plan, and the next working day keeps the weekly rhythm.
 */
export function plannedMeetings(
  from: Date,
  weeks: number,
  schedule: MeetingSchedule,
  calendar: WorkingCalendar,
): PlannedMeeting[] {
  const [hours, minutes] = schedule.time.split(':').map(Number);
  const start = new TZDate(from.getTime(), calendar.timeZone);
  // First regular day on or after `from`'s local date.
  const isoWeekday = (day: TZDate) => ((day.getDay() + 6) % 7) + 1;
  let day = new TZDate(start.getFullYear(), start.getMonth(), start.getDate(), 12, 0, calendar.timeZone);
  while (isoWeekday(day) !== schedule.weekday) day = addDays(day, 1);

  const meetings: PlannedMeeting[] = [];
  for (let week = 0; week < weeks; week++, day = addDays(day, 7)) {
    let held = day;
    while (!calendar.isWorkingDay(held)) held = addDays(held, 1);
    const heldAt = at(held, hours, minutes, calendar.timeZone);
    if (heldAt.getTime() <= from.getTime()) continue;
    meetings.push({
      heldAt,
      researchCutOffAt: workingDaysBefore(heldAt, schedule.researchCutOffWorkingDays, calendar),
      capacity: schedule.capacity,
      ...(held !== day && { movedFromBankHoliday: format(day, 'yyyy-MM-dd') }),
    });
  }
  return meetings;
}

/** The same local clock time `days` working days before `instant` (the research cut-off). */
export function workingDaysBefore(instant: Date, days: number, calendar: WorkingCalendar): Date {
  const local = new TZDate(instant.getTime(), calendar.timeZone);
  let day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 12, 0, calendar.timeZone);
  for (let counted = 0; counted < days;) {
    day = addDays(day, -1);
    if (!isWeekend(day) && calendar.isWorkingDay(day)) counted++;
  }
  return at(day, local.getHours(), local.getMinutes(), calendar.timeZone);
}

function at(day: TZDate, hours: number, minutes: number, timeZone: string): Date {
  return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, timeZone).getTime());
}
