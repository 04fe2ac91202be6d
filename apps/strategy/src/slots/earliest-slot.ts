import { WorkingCalendar } from '@frontdoor/calendar';

export interface Interval {
  start: number;
  end: number;
}

export interface AvailabilityWindow {
  from: string;
  to: string;
}

export interface SlotSearch {
  now: Date;
  dueBy: Date;
  durationMinutes: number;
  /** Participants who must all be able to attend. */
  required: string[];
  /** Each participant's declared availability; a required one without any means "not yet". */
  availability: Partial<Record<string, AvailabilityWindow[]>>;
  calendar: WorkingCalendar;
  /** Office closing time 'HH:mm' (the calendar's own). */
  officeClose: string;
  /** Slots start on this grid (minutes past the hour), so a proposal reads 10:15 rather than 10:07. */
  granularityMinutes?: number;
}

export type SlotProposal =
  | { kind: 'awaiting'; missing: string[] }
  | { kind: 'none' }
  | { kind: 'slot'; start: Date; end: Date; withinDue: boolean };

const MINUTE = 60_000;

/**
 * The earliest slot of `durationMinutes` inside office hours on a working day, not before now, when
 * every required participant has said they are free. It is the earliest, so when any slot meets the
 * due time this one does; otherwise it is still proposed, flagged as after the due time.
 */
export function earliestCommonSlot(search: SlotSearch): SlotProposal {
  const missing = search.required.filter((p) => !search.availability[p]?.length);
  if (missing.length > 0) return { kind: 'awaiting', missing };

  const perParticipant = search.required.map((p) => merge(search.availability[p]!.map(toInterval)));
  const horizon = Math.max(...perParticipant.flat().map((i) => i.end));
  const now = search.now.getTime();
  if (horizon <= now) return { kind: 'none' };

  let common = officeIntervals(search.calendar, search.officeClose, search.now, new Date(horizon));
  for (const windows of perParticipant) common = intersect(common, windows);

  const duration = search.durationMinutes * MINUTE;
  const grid = (search.granularityMinutes ?? 15) * MINUTE;
  for (const interval of common) {
    const start = Math.ceil(Math.max(interval.start, now) / grid) * grid;
    if (start + duration <= interval.end) {
      const end = start + duration;
      return { kind: 'slot', start: new Date(start), end: new Date(end), withinDue: end <= search.dueBy.getTime() };
    }
  }
  return { kind: 'none' };
}

/** Office hours on working days between two instants, as intervals. */
export function officeIntervals(calendar: WorkingCalendar, officeClose: string, from: Date, to: Date): Interval[] {
  const intervals: Interval[] = [];
  let cursor = from;
  for (;;) {
    // The first office instant at or after the cursor, and that same day's close.
    const open = calendar.addWorkingHours(cursor, 0);
    if (open.getTime() >= to.getTime()) return intervals;
    const close = calendar.nextWorkingDayAt(open, officeClose);
    intervals.push({ start: open.getTime(), end: Math.min(close.getTime(), to.getTime()) });
    cursor = close;
  }
}

function toInterval(window: AvailabilityWindow): Interval {
  return { start: Date.parse(window.from), end: Date.parse(window.to) };
}

/** Sorted, with overlapping or touching intervals joined. */
export function merge(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Where two sorted, disjoint interval lists overlap. */
export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (start < end) result.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return result;
}
