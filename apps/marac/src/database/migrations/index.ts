import { InitialMaracSchema1795437395520 } from './1795437395520-InitialMaracSchema';

/** In order. Generated with `npm run migration:generate -- marac <Name>`; never edited once merged. */
export const MARAC_MIGRATIONS = [InitialMaracSchema1795437395520];
