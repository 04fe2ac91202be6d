import { ServiceDatabase } from '@frontdoor/database';
import { STRATEGY_ENTITIES } from './entities';
import { STRATEGY_MIGRATIONS } from './migrations';

export const STRATEGY_DATABASE: ServiceDatabase = {
  service: 'strategy',
  entities: STRATEGY_ENTITIES,
  migrations: STRATEGY_MIGRATIONS,
};
