import { ServiceDatabase } from '@frontdoor/database';
import { HEALTH_ENTITIES } from './entities';
import { HEALTH_MIGRATIONS } from './migrations';

export const HEALTH_DATABASE: ServiceDatabase = {
  service: 'health',
  entities: HEALTH_ENTITIES,
  migrations: HEALTH_MIGRATIONS,
};
