import { SHARED_POPULATION_SEED } from './shared-population';

export interface SeedArguments {
  /** Size of the shared population the agency draws its people from. */
  count: number;
  seed: number;
  /** The day the records are "as of" (yyyy-MM-dd), for agencies whose records are dated. */
  asOf: string;
}

export interface SeedDefaults {
  count: number;
  /** Leave out for an agency whose records are not dated: then --as-of is refused. */
  asOf?: string;
}

/** `--count N --seed S --as-of yyyy-MM-dd`, each also as `--flag=value`, for every agency's seed CLI. */
export function parseSeedArguments(argv: readonly string[], defaults: SeedDefaults): SeedArguments {
  const flags = defaults.asOf ? ['--count', '--seed', '--as-of'] : ['--count', '--seed'];
  const parsed: SeedArguments = { count: defaults.count, seed: SHARED_POPULATION_SEED, asOf: defaults.asOf ?? '' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (!flags.includes(flag)) throw new Error(`unknown option ${flag} (use ${flags.join(', ')})`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--as-of') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        throw new Error(`--as-of must be yyyy-MM-dd, got "${value}"`);
      }
      parsed.asOf = value;
      continue;
    }
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0 || number > 2 ** 31 - 1) {
      throw new Error(`${flag} must be a whole number, got "${value}"`);
    }
    parsed[flag === '--count' ? 'count' : 'seed'] = number;
  }
  return parsed;
}
