import { AuditRecord } from '@frontdoor/audit';
import { MESSAGING_ENTITIES } from '@frontdoor/messaging';
import { MaracAction } from '../actions/marac-action.entity';
import { MaracMeeting } from '../meetings/marac-meeting.entity';
import { MaracReferral } from '../referrals/marac-referral.entity';
import { MaracResearch } from '../research/marac-research.entity';

export const MARAC_ENTITIES = [
  MaracReferral,
  MaracMeeting,
  MaracAction,
  MaracResearch,
  AuditRecord,
  ...MESSAGING_ENTITIES,
];
