import { seededRandom } from './random';
import {
  generateUpn,
  isTemporaryUpn,
  isValidUpn,
  normaliseUpn,
  UPN_CHECK_LETTERS,
  upnCheckLetter,
  upnProblem,
} from './upn';

describe('UPN (unique pupil number)', () => {
  describe('upnCheckLetter', () => {
    it('weights characters 2-13 by position and takes the sum mod 23', () => {
      // 8*2 + 1*4 + 2*5 + 5*10 + 1*13 = 93; 93 mod 23 = 1 -> B
      expect(upnCheckLetter('801200005001')).toBe('B');
    });

    it('values a final letter by its place in the check-letter table', () => {
      // 8*2 + 1*4 + 2*5 + 5*10 = 80, plus A (0) * 13; 80 mod 23 = 11 -> M
      expect(upnCheckLetter('80120000500A')).toBe('M');
      // 80 + Z (22) * 13 = 366; 366 mod 23 = 21 -> Y
      expect(upnCheckLetter('80120000500Z')).toBe('Y');
    });

    it('never uses I, O or S', () => {
      expect(UPN_CHECK_LETTERS).toHaveLength(23);
      expect(UPN_CHECK_LETTERS).not.toMatch(/[IOS]/);
    });

    it.each(['80120000500', '8012000050011', '80120000A001', '80120000500I', '80120000500a'])(
      'rejects the body %j',
      (rest12) => {
        expect(() => upnCheckLetter(rest12)).toThrow(RangeError);
      },
    );
  });

  it.each([
    ['B801200005001', false],
    ['b801200005001', false], // typed in lower case
    ['B801 2000 05 001', false], // typed in groups
    ['M80120000500A', true],
    ['Y80120000500Z', true],
  ])('accepts %j (temporary: %s)', (value, temporary) => {
    expect(isValidUpn(value)).toBe(true);
    expect(isTemporaryUpn(value)).toBe(temporary);
  });

  it.each([
    ['A801200005001', 'check-letter-mismatch'],
    ['B801200005010', 'check-letter-mismatch'], // serial digits transposed
    ['N80120000500A', 'check-letter-mismatch'],
    ['B80120000500', 'bad-format'], // 12 characters
    ['B8012000050011', 'bad-format'], // 14 characters
    ['8801200005001', 'bad-format'], // no check letter
    ['I801200005001', 'bad-format'], // I is never a check letter
    ['B80120000A001', 'bad-format'], // letters only in the last place
    ['M80120000500O', 'bad-format'], // O is not in the table
    ['UN1', 'bad-format'], // census "UPN unknown" codes are not UPNs
    ['', 'bad-format'],
  ])('rejects %j (%s)', (value, problem) => {
    expect(isValidUpn(value)).toBe(false);
    expect(upnProblem(value)).toBe(problem);
  });

  it('normalises spacing and case', () => {
    expect(normaliseUpn(' b801 2000 05001 ')).toBe('B801200005001');
  });

  describe('generateUpn', () => {
    it('always produces valid permanent UPNs', () => {
      for (let seed = 0; seed < 2_000; seed++) {
        const upn = generateUpn(seededRandom(seed));
        expect({ seed, upn, valid: isValidUpn(upn) }).toEqual({ seed, upn, valid: true });
        expect(upn).toMatch(/^[A-Z]\d{12}$/);
      }
    });

    it('uses a given local authority code', () => {
      const upn = generateUpn(seededRandom(7), { laCode: '358' });
      expect(upn.slice(1, 4)).toBe('358');
      expect(isValidUpn(upn)).toBe(true);
    });

    it('rejects a malformed local authority code', () => {
      expect(() => generateUpn(seededRandom(7), { laCode: '35' })).toThrow(RangeError);
    });

    it('repeats for the same seed and works with Math.random by default', () => {
      expect(generateUpn(seededRandom(3))).toBe(generateUpn(seededRandom(3)));
      expect(isValidUpn(generateUpn())).toBe(true);
    });
  });
});
