import { InitialPoliceSchema1795434943592 } from './1795434943592-InitialPoliceSchema';
import { PublicProtectionNotices1795435875561 } from './1795435875561-PublicProtectionNotices';
import { StrategyInvitations1795443000929 } from './1795443000929-StrategyInvitations';
import { StrategyInvitationDeclines1796685392468 } from './1796685392468-StrategyInvitationDeclines';

/** In order. Generated with `npm run migration:generate -- police <Name>`; never edited once merged. */
export const POLICE_MIGRATIONS = [
  InitialPoliceSchema1795434943592,
  PublicProtectionNotices1795435875561,
  StrategyInvitations1795443000929,
  StrategyInvitationDeclines1796685392468,
];
