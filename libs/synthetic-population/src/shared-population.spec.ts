import { seededRandom } from '@frontdoor/identifiers';
import { sharedPopulation, transposeAdjacentLetters } from './shared-population';

describe('sharedPopulation', () => {
  it('is the same people for the same seed, and a longer list starts with the shorter one', () => {
    const short = sharedPopulation(2026, 50);
    expect(sharedPopulation(2026, 50)).toEqual(short);
    expect(sharedPopulation(2026, 80).slice(0, 50)).toEqual(short);
    expect(new Set(short.map((person) => person.nhsNumber)).size).toBeGreaterThan(45);
  });
});

describe('transposeAdjacentLetters', () => {
  it('swaps two different neighbouring letters, never the first', () => {
    const result = transposeAdjacentLetters('Amelia', seededRandom(1))!;
    expect(result).not.toBe('Amelia');
    expect(result[0]).toBe('A');
    expect([...result].sort()).toEqual([...'Amelia'].sort());
    expect(transposeAdjacentLetters('Ann', seededRandom(1))).toBeNull();
  });
});
