import { AuditRecord } from '@frontdoor/audit';
import { INFORMATION_SHARING_ENTITIES } from '@frontdoor/information-sharing';
import { MESSAGING_ENTITIES } from '@frontdoor/messaging';
import { STRATEGY_INVITATIONS_ENTITIES } from '@frontdoor/strategy-invitations';
import { MissedAppointment } from '../appointments/missed-appointment.entity';
import { ChildProtectionFlag } from '../child-protection/child-protection-flag.entity';
import { GpRegistration } from '../gp-registration/gp-registration.entity';
import { HealthInvolvement } from '../involvement/health-involvement.entity';
import { Patient } from '../patients/patient.entity';
import { SafeAddress } from '../patients/safe-address.entity';
import { SyntheticDataLoad } from '../synthetic/synthetic-data-load.entity';

/** The health service's own records, plus what it shared (disclosures) and its messaging tables. */
export const HEALTH_RECORD_ENTITIES = [
  Patient,
  SafeAddress,
  GpRegistration,
  HealthInvolvement,
  ChildProtectionFlag,
  MissedAppointment,
];

export const HEALTH_ENTITIES = [
  ...HEALTH_RECORD_ENTITIES,
  SyntheticDataLoad,
  ...INFORMATION_SHARING_ENTITIES,
  AuditRecord,
  ...STRATEGY_INVITATIONS_ENTITIES,
  ...MESSAGING_ENTITIES,
];
