import { ServiceDatabase } from '@frontdoor/database';
import { SCREENING_ENTITIES } from './entities';
import { SCREENING_MIGRATIONS } from './migrations';

export const SCREENING_DATABASE: ServiceDatabase = {
  service: 'screening',
  entities: SCREENING_ENTITIES,
  migrations: SCREENING_MIGRATIONS,
};
