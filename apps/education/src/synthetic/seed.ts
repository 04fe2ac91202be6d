// Loads education's synthetic schools, pupils and records into the education database
// (DATABASE_URL), once per seed:
//   npx ts-node --swc -r tsconfig-paths/register apps/education/src/synthetic/seed.ts [--count N] [--seed S] [--as-of yyyy-MM-dd]
// --count: size of the shared population (default 8000; education holds the school-age children
// with i % 5 !== 4, about 5,000 pupils, plus the demo pupils). --seed: default 2026, the shared
// population's seed, so the same children are known to police and health. --as-of: the day the
// records are as of (default 2026-11-20, mid autumn term). Needs the education migrations applied.
import 'reflect-metadata';
import { serviceDataSourceOptions } from '@frontdoor/database';
import { parseSeedArguments } from '@frontdoor/synthetic-population';
import { DataSource } from 'typeorm';
import { EDUCATION_DATABASE } from '../database/education-database';
import { EDUCATION_RECORDS_AS_OF } from './education-population';
import { seedEducationRecords } from './seed-education-records';

async function main(): Promise<void> {
  const args = parseSeedArguments(process.argv.slice(2), { count: 8000, asOf: EDUCATION_RECORDS_AS_OF });
  const dataSource = new DataSource(serviceDataSourceOptions(EDUCATION_DATABASE));
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) {
      throw new Error('the education database has migrations still to run: npm run migrate (or migration:run) first');
    }
    const result = await seedEducationRecords(dataSource, args);
    if (result.skipped) {
      console.log(
        `education: seed ${result.seed} is already loaded (population ${result.counts.population}, ${result.counts.pupils} pupils); nothing to do`,
      );
    } else {
      const counts = Object.entries(result.counts)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ');
      console.log(`education: loaded seed ${result.seed} as of ${args.asOf}: ${counts}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`education: seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
