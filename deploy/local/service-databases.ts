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

/** The URL a local run or a test run uses for a service (each service has its own role). */
export function localDatabaseUrl(service: string, forTests: boolean): string {
  return `postgres://${service}@127.0.0.1:5432/frontdoor_${service}${forTests ? '_test' : ''}`;
}
