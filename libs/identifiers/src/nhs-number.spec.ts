import {
  EXAMPLE_NHS_NUMBER,
  formatNhsNumber,
  generateNhsNumber,
  isValidNhsNumber,
  nhsNumberCheckDigit,
  nhsNumberProblem,
  normaliseNhsNumber,
  TEST_NHS_NUMBER_PREFIX,
} from './nhs-number';
import { seededRandom } from './random';

describe('NHS number', () => {
  it.each([EXAMPLE_NHS_NUMBER, '943 476 5919', '943-476-5919', ' 9434765919 ', '9990000018'])('accepts %j', (value) => {
    expect(isValidNhsNumber(value)).toBe(true);
    expect(nhsNumberProblem(value)).toBeUndefined();
  });

  it.each([
    ['9434765918', 'check-digit-mismatch'], // last digit changed
    ['9434765991', 'check-digit-mismatch'], // two digits transposed
    ['9876544321', 'check-digit-mismatch'], // the NHS layout example does not pass the check
    ['9990000000', 'check-digit-mismatch'], // 999000000 has no check digit (it would be 10)
    ['0000000000', 'all-digits-identical'],
    ['1111111111', 'all-digits-identical'],
    ['9999999999', 'all-digits-identical'],
    ['943476591', 'not-ten-digits'],
    ['94347659190', 'not-ten-digits'],
    ['943476591X', 'not-ten-digits'],
    ['943.476.5919', 'not-ten-digits'],
    ['', 'not-ten-digits'],
  ])('rejects %j (%s)', (value, problem) => {
    expect(isValidNhsNumber(value)).toBe(false);
    expect(nhsNumberProblem(value)).toBe(problem);
  });

  it('normalises and formats', () => {
    expect(normaliseNhsNumber(' 943 476-5919 ')).toBe('9434765919');
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });

  describe('nhsNumberCheckDigit', () => {
    it('follows the worked example: weighted sum 299, remainder 2, check 9', () => {
      expect(nhsNumberCheckDigit('943476591')).toBe(9);
    });

    it('maps 11 to 0 and reports 10 as no check digit', () => {
      expect(nhsNumberCheckDigit('000000001')).toBe(9); // sum 2, remainder 2, 11 - 2 = 9
      expect(nhsNumberCheckDigit('000000031')).toBe(0); // sum 3*3 + 1*2 = 11 -> 11 -> 0
      expect(nhsNumberCheckDigit('100000001')).toBeUndefined(); // sum 12, remainder 1 -> 10
    });

    it('rejects input that is not nine digits', () => {
      expect(() => nhsNumberCheckDigit('12345678')).toThrow(RangeError);
    });
  });

  describe('generateNhsNumber', () => {
    it('always produces valid numbers in the never-issued 999 range', () => {
      for (let seed = 0; seed < 2_000; seed++) {
        const nhsNumber = generateNhsNumber(seededRandom(seed));
        expect({ seed, nhsNumber, valid: isValidNhsNumber(nhsNumber) }).toEqual({
          seed,
          nhsNumber,
          valid: true,
        });
        expect(nhsNumber.startsWith(TEST_NHS_NUMBER_PREFIX)).toBe(true);
      }
    });

    it('repeats for the same seed and varies between seeds', () => {
      expect(generateNhsNumber(seededRandom(42))).toBe(generateNhsNumber(seededRandom(42)));
      const seeds = Array.from({ length: 200 }, (_, seed) => seed);
      const generated = seeds.map((seed) => generateNhsNumber(seededRandom(seed)));
      const distinct = new Set(generated);
      expect(distinct.size).toBeGreaterThan(190);
    });

    it('copes with a constant source: no check digit, or all nines', () => {
      // All zeros draws 999000000, which has no check digit; all nines draws 9999999999.
      expect(generateNhsNumber(() => 0)).toBe('9990000018');
      expect(generateNhsNumber(() => 0.99)).toBe('9999999905');
      expect(isValidNhsNumber(generateNhsNumber(() => 1))).toBe(true);
    });

    it('works with Math.random by default', () => {
      expect(isValidNhsNumber(generateNhsNumber())).toBe(true);
    });
  });
});
