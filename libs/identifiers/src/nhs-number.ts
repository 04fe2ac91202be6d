import { RandomSource, randomDigits } from './random';

/** The worked example in public descriptions of the check digit: already public, safe to show. */
export const EXAMPLE_NHS_NUMBER = '9434765919';

/** Numbers starting 999 are never issued, so synthetic data cannot name a real child. */
export const TEST_NHS_NUMBER_PREFIX = '999';

export type NhsNumberProblem = 'not-ten-digits' | 'check-digit-mismatch' | 'all-digits-identical';

const TEN_DIGITS = /^\d{10}$/;
const ALL_IDENTICAL = /^(\d)\1*$/;

/** Strips the spaces and hyphens people type ('943 476 5919', '943-476-5919'). */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** Displays a valid number the way the NHS prints it: '943 476 5919'. */
export function formatNhsNumber(value: string): string {
  const digits = normaliseNhsNumber(value);
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/**
 * The modulus-11 check digit for the first nine digits (weights 10 down to 2), or
 * undefined when the remainder makes it 10: no NHS number is issued with those nine digits.
 */
export function nhsNumberCheckDigit(firstNineDigits: string): number | undefined {
  if (!/^\d{9}$/.test(firstNineDigits)) {
    throw new RangeError('nhsNumberCheckDigit needs exactly nine digits');
  }
  let weightedSum = 0;
  for (let i = 0; i < 9; i++) weightedSum += Number(firstNineDigits[i]) * (10 - i);
  const check = 11 - (weightedSum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/** Why a value is not a valid NHS number, or undefined when it is one. */
export function nhsNumberProblem(value: string): NhsNumberProblem | undefined {
  const digits = normaliseNhsNumber(value);
  if (!TEN_DIGITS.test(digits)) return 'not-ten-digits';
  // 0000000000 and 9999999999 satisfy the check digit but are placeholders, not people.
  if (ALL_IDENTICAL.test(digits)) return 'all-digits-identical';
  if (nhsNumberCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return 'check-digit-mismatch';
  return undefined;
}

export function isValidNhsNumber(value: string): boolean {
  return nhsNumberProblem(value) === undefined;
}

/** A random valid NHS number in the never-issued 999 range, for synthetic data. */
export function generateNhsNumber(rng: RandomSource = Math.random): string {
  const drawn = TEST_NHS_NUMBER_PREFIX + randomDigits(rng, 6);
  // Each step of the ninth digit moves the weighted sum by 2 (mod 11), so of ten tries at most
  // one has no check digit and at most one is all nines: this ends even with a constant rng.
  for (let step = 0; step < 10; step++) {
    const ninthDigit = (Number(drawn[8]) + step) % 10;
    const candidate = drawn.slice(0, 8) + String(ninthDigit);
    const check = nhsNumberCheckDigit(candidate);
    if (check !== undefined && isValidNhsNumber(candidate + String(check))) {
      return candidate + String(check);
    }
  }
  throw new Error('unreachable: no valid NHS number among ten consecutive ninth digits');
}
