import { InitialMaracSchema1795443058955 } from './1795443058955-InitialMaracSchema';

/** In order. Generated with `npm run migration:generate -- marac <Name>`; never edited once merged. */
export const MARAC_MIGRATIONS = [InitialMaracSchema1795443058955];
