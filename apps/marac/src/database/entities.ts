import { AuditRecord } from '@frontdoor/audit';
import { MESSAGING_ENTITIES } from '@frontdoor/messaging';
import { MaracAction } from '../actions/marac-action.entity';
import { MaracMeeting } from '../meetings/marac-meeting.entity';
import { MaracReferral } from '../referrals/marac-referral.entity';

export const MARAC_ENTITIES = [MaracReferral, MaracMeeting, MaracAction, AuditRecord, ...MESSAGING_ENTITIES];
