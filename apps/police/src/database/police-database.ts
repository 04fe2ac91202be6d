import { ServiceDatabase } from '@frontdoor/database';
import { POLICE_ENTITIES } from './entities';
import { POLICE_MIGRATIONS } from './migrations';

export const POLICE_DATABASE: ServiceDatabase = {
  service: 'police',
  entities: POLICE_ENTITIES,
  migrations: POLICE_MIGRATIONS,
};
