import { ServiceDatabase } from '@frontdoor/database';
import { INTAKE_ENTITIES } from './entities';
import { INTAKE_MIGRATIONS } from './migrations';

export const INTAKE_DATABASE: ServiceDatabase = {
  service: 'intake',
  entities: INTAKE_ENTITIES,
  migrations: INTAKE_MIGRATIONS,
};
