import { InitialStrategySchema1795443147108 } from './1795443147108-InitialStrategySchema';

/** In order. Generated with `npm run migration:generate -- strategy <Name>`; never edited once merged. */
export const STRATEGY_MIGRATIONS = [InitialStrategySchema1795443147108];
