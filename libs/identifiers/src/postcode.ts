// Format only: whether a string is shaped like a UK postcode, not whether Royal Mail uses it.
// Outward code shapes A9, A99, AA9, AA99, A9A and AA9A, with the letters each position may
// hold; inward code a digit and two letters without C, I, K, M, O or V. GIR 0AA is the one
// historic exception.
const OUTWARD = '[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y])';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
const UK_POSTCODE = new RegExp(`^(?:(${OUTWARD})(${INWARD})|(GIR)(0AA))$`);

/**
 * 'sw1a2aa', ' SW1A  2AA ' -> 'SW1A 2AA': upper case with one space before the inward code.
 * Null when the value is not shaped like a UK postcode.
 */
export function normalisePostcode(value: string): string | null {
  const compact = value.replace(/\s/g, '').toUpperCase();
  const match = UK_POSTCODE.exec(compact);
  if (!match) return null;
  const outward = match[1] ?? match[3];
  const inward = match[2] ?? match[4];
  return `${outward} ${inward}`;
}

export function isValidUkPostcode(value: string): boolean {
  return normalisePostcode(value) !== null;
}
