import { ServiceDatabase } from '@frontdoor/database';
import { EDUCATION_DATABASE } from '../../apps/education/src/database/education-database';
import { HEALTH_DATABASE } from '../../apps/health/src/database/health-database';
import { INTAKE_DATABASE } from '../../apps/intake/src/database/intake-database';
import { MARAC_DATABASE } from '../../apps/marac/src/database/marac-database';
import { POLICE_DATABASE } from '../../apps/police/src/database/police-database';
import { SCREENING_DATABASE } from '../../apps/screening/src/database/screening-database';
import { STRATEGY_DATABASE } from '../../apps/strategy/src/database/strategy-database';

/** Every service database, for the local migration runner and the migration drift test. */
export const SERVICE_DATABASES: ServiceDatabase[] = [
  INTAKE_DATABASE,
  SCREENING_DATABASE,
  POLICE_DATABASE,
  HEALTH_DATABASE,
  EDUCATION_DATABASE,
  MARAC_DATABASE,
  STRATEGY_DATABASE,
];

/** A local Postgres server: the machine's main cluster unless PGHOST / PGPORT say otherwise. */
export interface PostgresServer {
  host: string;
  port: number;
}

export function localPostgres(env: NodeJS.ProcessEnv = process.env): PostgresServer {
  return { host: env.PGHOST ?? '127.0.0.1', port: Number(env.PGPORT ?? 5432) };
}

/**
 * The URL of a service's local database (each service has its own role): `frontdoor_<service>`
 * for `npm start`, `_test` for the tests, `_bench_test` and `_chaos_test` for the bench and the
 * chaos run (their names say "test" because the services refuse anything else under NODE_ENV=test).
 */
export function localDatabaseUrl(service: string, suffix = '', server: PostgresServer = localPostgres()): string {
  return `postgres://${service}@${server.host}:${server.port}/frontdoor_${service}${suffix ? `_${suffix}` : ''}`;
}
