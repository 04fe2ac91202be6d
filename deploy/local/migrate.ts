// Applies every service's migrations to its local database: frontdoor_<service>, or with --test
// frontdoor_<service>_test, or with --suffix=<s> frontdoor_<service>_<s>; on PGHOST:PGPORT.
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { SERVICE_DATABASES, localDatabaseUrl } from './service-databases';

async function migrate(suffix: string): Promise<void> {
  for (const database of SERVICE_DATABASES) {
    const url = localDatabaseUrl(database.service, suffix);
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

const suffixArgument = process.argv.find((argument) => argument.startsWith('--suffix='));
migrate(
  suffixArgument ? suffixArgument.slice('--suffix='.length) : process.argv.includes('--test') ? 'test' : '',
).catch((error) => {
  console.error(error);
  process.exit(1);
});
