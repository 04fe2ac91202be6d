import { InitialStrategySchema1795443147108 } from './1795443147108-InitialStrategySchema';
import { InvitationDeclines1796685392471 } from './1796685392471-InvitationDeclines';

/** In order. Generated with `npm run migration:generate -- strategy <Name>`; never edited once merged. */
export const STRATEGY_MIGRATIONS = [InitialStrategySchema1795443147108, InvitationDeclines1796685392471];
