import { WorkingCalendar } from '@frontdoor/calendar';
import { Rag } from '@frontdoor/contracts';

/**
 * Office hours the front door has to decide a contact, by RAG (common local procedures, e.g.
 * Oxfordshire): red 4 hours, amber one working day, green three working days. A working day is
 * the calendar's office day (8 hours by default, 09:00-17:00), so these are working hours:
 * a green contact received Monday 10:00 is due Thursday 10:00.
 *
 * These are the front door's deadlines. A red contact that lands out of office hours is the
 * emergency duty team's instead, on a clock of elapsed hours (rules/out-of-hours.ts); when the
 * team hands it over, these office hours count from the hand-over.
 */
export const RESPONSE_WORKING_HOURS: Readonly<Record<Rag, number>> = {
  [Rag.Red]: 4,
  [Rag.Amber]: 8,
  [Rag.Green]: 24,
};

/** The defaults with a council's own overrides; refuses hours that would make urgency go backwards. */
export function responseWorkingHours(overrides: Partial<Record<Rag, number>> = {}): Readonly<Record<Rag, number>> {
  const hours = { ...RESPONSE_WORKING_HOURS, ...overrides };
  for (const rag of Object.values(Rag)) {
    if (!Number.isFinite(hours[rag]) || hours[rag] <= 0) {
      throw new RangeError(`Response hours for ${rag} must be a positive number, got ${hours[rag]}`);
    }
  }
  const [red, amber, green] = [hours[Rag.Red], hours[Rag.Amber], hours[Rag.Green]];
  if (!(red <= amber && amber <= green)) {
    throw new RangeError(
      `Response hours must not shorten as urgency falls (red ${red}, amber ${amber}, green ${green})`,
    );
  }
  return hours;
}

/** When the screening decision is due: `hours[rag]` office hours after the contact arrived. */
export function responseDeadline(
  calendar: Pick<WorkingCalendar, 'addWorkingHours'>,
  receivedAt: Date,
  rag: Rag,
  hours: Readonly<Record<Rag, number>> = RESPONSE_WORKING_HOURS,
): Date {
  return calendar.addWorkingHours(receivedAt, hours[rag]);
}
