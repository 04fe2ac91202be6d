import { InitialScreeningSchema1795432192358 } from './1795432192358-InitialScreeningSchema';
import { InformationRequestsAndDeadlines1795434470299 } from './1795434470299-InformationRequestsAndDeadlines';
import { JointDecisions1795434623936 } from './1795434623936-JointDecisions';
import { MaracReferralWithDecision1795442941268 } from './1795442941268-MaracReferralWithDecision';
import { ChildSearch1796658089067 } from './1796658089067-ChildSearch';
import { CaseAllocation1796690000000 } from './1796690000000-CaseAllocation';
import { LoggedContacts1796690100000 } from './1796690100000-LoggedContacts';
import { EmergencyDutyTeam1796700000000 } from './1796700000000-EmergencyDutyTeam';

/** In order. Generated with `npm run migration:generate -- screening <Name>`; never edited once merged. */
export const SCREENING_MIGRATIONS = [
  InitialScreeningSchema1795432192358,
  InformationRequestsAndDeadlines1795434470299,
  JointDecisions1795434623936,
  MaracReferralWithDecision1795442941268,
  ChildSearch1796658089067,
  CaseAllocation1796690000000,
  LoggedContacts1796690100000,
  EmergencyDutyTeam1796700000000,
];
