import { AuditRecord } from '@frontdoor/audit';
import { INFORMATION_SHARING_ENTITIES } from '@frontdoor/information-sharing';
import { MESSAGING_ENTITIES } from '@frontdoor/messaging';
import { STRATEGY_INVITATIONS_ENTITIES } from '@frontdoor/strategy-invitations';
import { EncompassNotification } from '../encompass/encompass-notification.entity';
import { EncompassUnmatched } from '../encompass/encompass-unmatched.entity';
import { AttendanceRecord } from '../pupils/attendance-record.entity';
import { Exclusion } from '../pupils/exclusion.entity';
import { Pupil } from '../pupils/pupil.entity';
import { SafeguardingConcern } from '../pupils/safeguarding-concern.entity';
import { School } from '../schools/school.entity';
import { SyntheticSeedRun } from '../synthetic/synthetic-seed-run.entity';

export const EDUCATION_ENTITIES = [
  School,
  Pupil,
  AttendanceRecord,
  Exclusion,
  SafeguardingConcern,
  EncompassNotification,
  EncompassUnmatched,
  SyntheticSeedRun,
  AuditRecord,
  ...INFORMATION_SHARING_ENTITIES,
  ...STRATEGY_INVITATIONS_ENTITIES,
  ...MESSAGING_ENTITIES,
];
