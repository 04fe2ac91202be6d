import { RandomSource, randomDigits } from './random';

/**
 * DfE unique pupil number check letters, by remainder 0..22. I, O and S are left out
 * because they are easily mistaken for 1, 0 and 5. The same table gives the value of a
 * letter in position 13 of a temporary UPN (A = 0 ... Z = 22).
 */
export const UPN_CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export type UpnProblem = 'bad-format' | 'check-letter-mismatch';

// After the check letter: LA code (3), establishment number (4), year (2), serial (3); a
// temporary UPN ends its serial with a letter instead of a digit.
const UPN_BODY = new RegExp(`^\\d{11}[\\d${UPN_CHECK_LETTERS}]$`);
const UPN = new RegExp(`^[${UPN_CHECK_LETTERS}]\\d{11}[\\d${UPN_CHECK_LETTERS}]$`);

/** Strips spaces and upper-cases, as UPNs are often typed in groups or lower case. */
export function normaliseUpn(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/**
 * The check letter for the 12 characters after it (DfE UPN guidance): multiply characters
 * 2-13 by their positions 2-13, sum, take the remainder mod 23 and look it up.
 */
export function upnCheckLetter(rest12: string): string {
  if (!UPN_BODY.test(rest12)) {
    throw new RangeError('upnCheckLetter needs 11 digits followed by a digit or a check-table letter');
  }
  let weightedSum = 0;
  for (let i = 0; i < 12; i++) {
    const character = rest12[i];
    const value = /\d/.test(character) ? Number(character) : UPN_CHECK_LETTERS.indexOf(character);
    weightedSum += value * (i + 2);
  }
  return UPN_CHECK_LETTERS[weightedSum % 23];
}

/** Why a value is not a valid UPN, or undefined when it is one. */
export function upnProblem(value: string): UpnProblem | undefined {
  const upn = normaliseUpn(value);
  if (!UPN.test(upn)) return 'bad-format';
  if (upnCheckLetter(upn.slice(1)) !== upn[0]) return 'check-letter-mismatch';
  return undefined;
}

/** Permanent (all digits after the check letter) and temporary (ends in a letter) UPNs. */
export function isValidUpn(value: string): boolean {
  return upnProblem(value) === undefined;
}

/** A temporary UPN ends in a letter; schools replace it with a permanent one. */
export function isTemporaryUpn(value: string): boolean {
  return isValidUpn(value) && /[A-Z]$/.test(normaliseUpn(value));
}

export interface GenerateUpnOptions {
  /** Three-digit local authority code, e.g. '358' for Trafford. Random when left out. */
  laCode?: string;
}

/** A random valid permanent UPN, for synthetic data. */
export function generateUpn(rng: RandomSource = Math.random, options: GenerateUpnOptions = {}): string {
  const laCode = options.laCode ?? randomDigits(rng, 3);
  if (!/^\d{3}$/.test(laCode)) {
    throw new RangeError(`laCode must be three digits, got '${laCode}'`);
  }
  const rest12 = laCode + randomDigits(rng, 9);
  return upnCheckLetter(rest12) + rest12;
}
