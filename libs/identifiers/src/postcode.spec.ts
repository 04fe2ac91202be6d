import { isValidUkPostcode, normalisePostcode } from './postcode';

describe('UK postcodes', () => {
  it.each([
    ['M1 1AE', 'M1 1AE'], // A9
    ['m601nw', 'M60 1NW'], // A99
    ['CR2 6XH', 'CR2 6XH'], // AA9
    ['DN55 1PT', 'DN55 1PT'], // AA99
    ['W1A 1AA', 'W1A 1AA'], // A9A
    ['EC1A 1BB', 'EC1A 1BB'], // AA9A
    [' sw1a   2aa ', 'SW1A 2AA'],
    ['M32\t0TH', 'M32 0TH'],
    ['gir0aa', 'GIR 0AA'],
  ])('normalises %j to %j', (value, expected) => {
    expect(normalisePostcode(value)).toBe(expected);
    expect(isValidUkPostcode(value)).toBe(true);
  });

  it.each([
    '',
    'M1',
    '1M1 1AE', // starts with a digit
    'QA1 1AA', // Q is never first
    'AI1 1AA', // I is never second
    'M1 1CE', // C is never in the inward code
    'M1 1AV', // nor V
    'M1 AAE', // the inward code starts with a digit
    'EC1A 1B', // inward code too short
    'SW1A-2AA', // hyphen
    'M1 1AE X',
    '12345',
  ])('rejects %j', (value) => {
    expect(normalisePostcode(value)).toBeNull();
    expect(isValidUkPostcode(value)).toBe(false);
  });
});
