import { SourceType } from '@frontdoor/contracts';
import { dateParts, parseDateInput, text, type FieldError, type FormBody } from '../referrals/referral-answers';

export interface DashboardFilters {
  /** yyyy-MM-dd, London days, inclusive. */
  from: string;
  to: string;
  source?: SourceType;
}

/** What the form shows again: the boxes as typed, so a mistake can be corrected in place. */
export interface DashboardFormValues {
  from: { day: string; month: string; year: string };
  to: { day: string; month: string; year: string };
  source: string;
}

const DEFAULT_DAYS = 30;
// The services refuse longer periods; saying so here gives a clear message instead of a failure.
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export type ReadFilters =
  | { ok: true; filters: DashboardFilters; values: DashboardFormValues }
  | { ok: false; errors: FieldError[]; values: DashboardFormValues };

/**
 * The dashboard's GET form: a period as two GOV.UK date inputs and an optional source. With no
 * dates at all it is the last 30 days to today (London).
 */
export function readDashboardFilters(query: FormBody, today: string): ReadFilters {
  const typed = (prefix: string) => ({
    day: text(query, `${prefix}-day`),
    month: text(query, `${prefix}-month`),
    year: text(query, `${prefix}-year`),
  });
  const source = text(query, 'source');
  const noDates = [typed('from'), typed('to')].every((parts) => Object.values(parts).every((part) => part === ''));
  const errors: FieldError[] = [];

  let from: string | undefined;
  let to: string | undefined;
  if (noDates) {
    to = today;
    from = shiftDays(today, -(DEFAULT_DAYS - 1));
  } else {
    const todayDate = new Date(`${today}T12:00:00Z`);
    const parsedFrom = parseDateInput(query, 'from', 'the start date', 'past', todayDate);
    const parsedTo = parseDateInput(query, 'to', 'the end date', 'past', todayDate);
    if (parsedFrom.error) errors.push(parsedFrom.error);
    if (parsedTo.error) errors.push(parsedTo.error);
    from = parsedFrom.value;
    to = parsedTo.value;
    if (from && to && from > to)
      errors.push({ field: 'to-day', text: 'The end date must be the same as or after the start date' });
    else if (from && to && daysFromTo(from, to) > MAX_DAYS) {
      errors.push({ field: 'from-day', text: `The period must be ${MAX_DAYS} days or shorter` });
    }
  }
  const knownSource = (Object.values(SourceType) as string[]).includes(source);
  if (source !== '' && !knownSource) errors.push({ field: 'source', text: 'Select a source from the list' });

  const values: DashboardFormValues = {
    from: noDates ? dateParts(from) : typed('from'),
    to: noDates ? dateParts(to) : typed('to'),
    source,
  };
  if (errors.length > 0 || !from || !to) return { ok: false, errors, values };
  return { ok: true, values, filters: { from, to, ...(knownSource && { source: source as SourceType }) } };
}

/** Today's date in London as yyyy-MM-dd. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY_MS) + 1;
}
