import { ServiceDatabase } from '@frontdoor/database';
import { EDUCATION_ENTITIES } from './entities';
import { EDUCATION_MIGRATIONS } from './migrations';

export const EDUCATION_DATABASE: ServiceDatabase = {
  service: 'education',
  entities: EDUCATION_ENTITIES,
  migrations: EDUCATION_MIGRATIONS,
};
