import { ServiceDatabase } from '@frontdoor/database';
import { MARAC_ENTITIES } from './entities';
import { MARAC_MIGRATIONS } from './migrations';

export const MARAC_DATABASE: ServiceDatabase = {
  service: 'marac',
  entities: MARAC_ENTITIES,
  migrations: MARAC_MIGRATIONS,
};
