// Loads health's synthetic records into the service database (DATABASE_URL, default the local
// frontdoor_health), once per seed:
//   npx ts-node --swc -r tsconfig-paths/register apps/health/src/synthetic/seed.ts [--count N] [--seed S]
// The database must be migrated first (deploy/local/infra.sh up).
import 'reflect-metadata';
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { HEALTH_DATABASE } from '../database/health-database';
import { seedHealthRecords } from './seed-health-records';
import { parseSeedArguments } from '@frontdoor/synthetic-population';

async function main(): Promise<void> {
  const { count, seed } = parseSeedArguments(process.argv.slice(2), { count: 5000 });
  const dataSource = new DataSource(serviceDataSourceOptions(HEALTH_DATABASE));
  await dataSource.initialize();
  try {
    const result = await seedHealthRecords(dataSource, { seed, count });
    if (result.status === 'already-loaded') {
      console.log(
        `health: seed ${seed} is already loaded (population ${result.count}, ${result.patients} patients); nothing to do`,
      );
      return;
    }
    const { patients } = result.population;
    const children = patients.filter((p) => p.role === 'child').length;
    console.log(
      `health: loaded seed ${seed}, population ${count}: ${result.patients} patients ` +
        `(${children} children, ${patients.length - children} adults)` +
        (result.skippedExisting ? `; ${result.skippedExisting} skipped, their NHS numbers were already held` : ''),
    );
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`health seed: ${error.message}`);
    process.exitCode = 1;
  });
}
