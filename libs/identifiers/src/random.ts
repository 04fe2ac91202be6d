/** A source of randomness in [0, 1), e.g. Math.random or seededRandom for repeatable data. */
export type RandomSource = () => number;

/**
 * A small deterministic generator (mulberry32) so synthetic data and tests can be replayed
 * from a seed. Not for anything secret.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomDigit(rng: RandomSource): number {
  // Clamp so a source that returns exactly 1 (or strays outside [0, 1)) still yields a digit.
  return Math.min(9, Math.max(0, Math.floor(rng() * 10)));
}

export function randomDigits(rng: RandomSource, count: number): string {
  let digits = '';
  for (let i = 0; i < count; i++) digits += String(randomDigit(rng));
  return digits;
}
