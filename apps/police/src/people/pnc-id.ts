const PNC_CHECK = 'ZABCDEFGHJKLMNPQRTUVWXY';

/**
 * Serials from here up are issued by this service to people it records for the first time (from
 * an officer's PPN); synthetic loads use serials far below, so the two never collide.
 */
export const FIRST_RECORDED_PERSON_SERIAL = 9_000_001;

/** A PNC-style id "YY/NNNNNNNC": a two-digit year, a serial, and a check letter (mod 23). */
export function pncId(year: number, serial: number | string): string {
  const yy = String(year % 100).padStart(2, '0');
  const digits = String(serial).padStart(7, '0');
  return `${yy}/${digits}${PNC_CHECK[Number(`${yy}${digits}`) % 23]}`;
}
