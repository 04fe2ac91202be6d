import { InitialIntakeSchema1795431457865 } from './1795431457865-InitialIntakeSchema';
import { ReferrerNotifications1796686138854 } from './1796686138854-ReferrerNotifications';

/** In order. Generated with `npm run migration:generate -- intake <Name>`; never edited once merged. */
export const INTAKE_MIGRATIONS = [InitialIntakeSchema1795431457865, ReferrerNotifications1796686138854];
