import { InitialIntakeSchema1795431457865 } from './1795431457865-InitialIntakeSchema';

/** In order. Generated with `npm run migration:generate -- intake <Name>`; never edited once merged. */
export const INTAKE_MIGRATIONS = [InitialIntakeSchema1795431457865];
