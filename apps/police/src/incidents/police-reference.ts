/** GMP's incident log is kept in UK time. */
export const POLICE_TIME_ZONE = 'Europe/London';

const UK_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: POLICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in the UK at this moment, 'yyyy-MM-dd'. */
export function ukDateOf(moment: Date): string {
  const parts = UK_DATE.formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * "GMP-20261120-0042": the day the incident was logged (UK time) and a serial from the database
 * sequence, at least four digits. Short enough to read over the phone, unique by the sequence.
 */
export function policeReference(recordedAt: Date, serial: number | string): string {
  return `GMP-${ukDateOf(recordedAt).replace(/-/g, '')}-${String(serial).padStart(4, '0')}`;
}
