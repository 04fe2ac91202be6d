import { AuditRecord } from '@frontdoor/audit';
import { INFORMATION_SHARING_ENTITIES } from '@frontdoor/information-sharing';
import { MESSAGING_ENTITIES } from '@frontdoor/messaging';
import { STRATEGY_INVITATIONS_ENTITIES } from '@frontdoor/strategy-invitations';
import { DomesticAbuseHistory } from '../domestic-abuse/domestic-abuse-history.entity';
import { Incident, IncidentPerson } from '../incidents/incident.entity';
import { PublicProtectionNotice } from '../incidents/public-protection-notice.entity';
import { Investigation, InvestigationPerson } from '../investigations/investigation.entity';
import { PersonAlias, PolicePerson } from '../people/police-person.entity';
import { SyntheticLoad } from '../synthetic/synthetic-load.entity';
import { WarningMarker } from '../warning-markers/warning-marker.entity';

export const POLICE_ENTITIES = [
  PolicePerson,
  PersonAlias,
  Incident,
  IncidentPerson,
  PublicProtectionNotice,
  DomesticAbuseHistory,
  WarningMarker,
  Investigation,
  InvestigationPerson,
  SyntheticLoad,
  AuditRecord,
  ...INFORMATION_SHARING_ENTITIES,
  ...STRATEGY_INVITATIONS_ENTITIES,
  ...MESSAGING_ENTITIES,
];
