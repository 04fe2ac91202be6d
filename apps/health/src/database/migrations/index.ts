import { InitialHealthSchema1795434898364 } from './1795434898364-InitialHealthSchema';
import { StrategyInvitations1795443002190 } from './1795443002190-StrategyInvitations';
import { StrategyInvitationDeclines1796685392469 } from './1796685392469-StrategyInvitationDeclines';

/** In order. Generated with `npm run migration:generate -- health <Name>`; never edited once merged. */
export const HEALTH_MIGRATIONS = [
  InitialHealthSchema1795434898364,
  StrategyInvitations1795443002190,
  StrategyInvitationDeclines1796685392469,
];
