import { InitialEducationSchema1795435708107 } from './1795435708107-InitialEducationSchema';
import { OperationEncompass1795436377670 } from './1795436377670-OperationEncompass';
import { StrategyInvitations1795443003397 } from './1795443003397-StrategyInvitations';
import { StrategyInvitationDeclines1796685392470 } from './1796685392470-StrategyInvitationDeclines';

/** In order. Generated with `npm run migration:generate -- education <Name>`; never edited once merged. */
export const EDUCATION_MIGRATIONS = [
  InitialEducationSchema1795435708107,
  OperationEncompass1795436377670,
  StrategyInvitations1795443003397,
  StrategyInvitationDeclines1796685392470,
];
