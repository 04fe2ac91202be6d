import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { TEST_DATABASE_SUFFIX } from '@frontdoor/testing';
import { SERVICE_DATABASES, localDatabaseUrl } from '../service-databases';

describe.each(SERVICE_DATABASES.map((database) => [database.service, database] as const))(
  '%s database',
  (service, database) => {
    let dataSource: DataSource;

    beforeAll(async () => {
      dataSource = new DataSource(
        serviceDataSourceOptions(database, { DATABASE_URL: localDatabaseUrl(service, TEST_DATABASE_SUFFIX) }),
      );
      await dataSource.initialize();
    });

    afterAll(async () => dataSource?.destroy());

    it('has migrations that match its entities exactly (no drift)', async () => {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    });

    it('keeps an audit trail its own role cannot change or delete', async () => {
      await dataSource.query(
        `INSERT INTO audit_records (actor_subject, actor_roles, actor_organisation, action, subject_type, subject_id, reason)
         VALUES ('test', '{auditor}', 'test', 'test.append-only', 'test', 'x', 'proving the trail is append-only')`,
      );
      await expect(dataSource.query(`UPDATE audit_records SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
      await expect(dataSource.query(`DELETE FROM audit_records`)).rejects.toThrow(/append-only/);
    });

    it("cannot be reached with another service's role", async () => {
      const other = SERVICE_DATABASES.find((candidate) => candidate.service !== service)!;
      const intruder = new DataSource({
        type: 'postgres',
        url: localDatabaseUrl(service, TEST_DATABASE_SUFFIX).replace(`//${service}@`, `//${other.service}@`),
      });
      await expect(intruder.initialize()).rejects.toThrow(/permission denied/);
    });
  },
);
