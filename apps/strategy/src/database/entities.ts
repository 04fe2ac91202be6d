import { AuditRecord } from '@frontdoor/audit';
import { MESSAGING_ENTITIES } from '@frontdoor/messaging';
import { DiscussionInvitation } from '../attendance/discussion-invitation.entity';
import { StrategyDiscussion } from '../discussions/strategy-discussion.entity';

export const STRATEGY_ENTITIES = [StrategyDiscussion, DiscussionInvitation, AuditRecord, ...MESSAGING_ENTITIES];
