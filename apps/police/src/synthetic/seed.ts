// Loads GMP's synthetic records into the police database (DATABASE_URL), once per seed.
//   npx ts-node --swc -r tsconfig-paths/register apps/police/src/synthetic/seed.ts [--count N] [--seed S] [--as-of yyyy-MM-dd]
// --count: size of the shared population (default 6000; police hold every third child and their
// households, about 6,600 people). --seed: default 2026, the shared population's seed, so the same
// children are known to health and education. --as-of: the day the records are as of (default:
// the shared population's reference date). Needs the police migrations applied first.
import 'reflect-metadata';
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { POLICE_DATABASE } from '../database/police-database';
import { seedPoliceRecords } from './seed-police-records';
import { POPULATION_REFERENCE_DATE, parseSeedArguments } from '@frontdoor/synthetic-population';

async function main(): Promise<void> {
  const { count, seed, asOf } = parseSeedArguments(process.argv.slice(2), {
    count: 6000,
    asOf: POPULATION_REFERENCE_DATE,
  });
  const args = { count, seed, referenceDate: asOf };
  const dataSource = new DataSource(serviceDataSourceOptions(POLICE_DATABASE));
  await dataSource.initialize();
  try {
    const result = await seedPoliceRecords(dataSource, args);
    if (result.skipped) {
      console.log(
        `police: seed ${result.seed} is already loaded (population ${result.counts.population}, ${result.counts.people} people); nothing to do`,
      );
    } else {
      const counts = Object.entries(result.counts)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ');
      console.log(`police: loaded seed ${result.seed} as of ${args.referenceDate}: ${counts}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`police: seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
