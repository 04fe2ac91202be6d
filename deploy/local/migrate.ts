// Applies every service's migrations to its local database (or, with --test, its test database).
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { SERVICE_DATABASES, localDatabaseUrl } from './service-databases';

async function migrate(forTests: boolean): Promise<void> {
  for (const database of SERVICE_DATABASES) {
    const url = localDatabaseUrl(database.service, forTests);
    const dataSource = new DataSource({
      ...serviceDataSourceOptions(database, { DATABASE_URL: url }),
      migrationsTransactionMode: 'each',
    });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations();
      const names = applied.map((migration) => migration.name).join(', ');
      console.log(`${database.service}: ${applied.length ? `applied ${names}` : 'up to date'}`);
    } finally {
      await dataSource.destroy();
    }
  }
}

migrate(process.argv.includes('--test')).catch((error) => {
  console.error(error);
  process.exit(1);
});
