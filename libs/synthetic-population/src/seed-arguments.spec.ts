import { parseSeedArguments } from './seed-arguments';

describe('seed arguments', () => {
  const dated = { count: 8000, asOf: '2026-11-20' };

  it('defaults to the shared seed and the agency’s own count and day', () => {
    expect(parseSeedArguments([], dated)).toEqual({ count: 8000, seed: 2026, asOf: '2026-11-20' });
  });

  it('reads --count, --seed and --as-of, with or without "="', () => {
    expect(parseSeedArguments(['--count', '300', '--seed=7', '--as-of', '2027-02-01'], dated)).toEqual({
      count: 300,
      seed: 7,
      asOf: '2027-02-01',
    });
  });

  it('refuses nonsense, and --as-of where records are not dated', () => {
    expect(() => parseSeedArguments(['--count', 'many'], dated)).toThrow('whole number');
    expect(() => parseSeedArguments(['--as-of', '20/11/2026'], dated)).toThrow('yyyy-MM-dd');
    expect(() => parseSeedArguments(['--count'], dated)).toThrow('needs a value');
    expect(() => parseSeedArguments(['--reset'], dated)).toThrow('unknown option');
    expect(() => parseSeedArguments(['--as-of', '2026-01-01'], { count: 10 })).toThrow('unknown option');
  });
});
