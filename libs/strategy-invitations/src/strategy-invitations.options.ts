import { Role } from '@frontdoor/auth';
import { PartnerAgency, StrategyDiscussionInvitedV1, TopicDefinition } from '@frontdoor/contracts';

export interface StrategyInvitationsOptions {
  agency: PartnerAgency;
  /** The agency's own invitation topic: only this service reads it. */
  invitationTopic: TopicDefinition<StrategyDiscussionInvitedV1>;
  /** Who in the agency may see invitations and confirm an attendee. */
  practitionerRoles: Role[];
}

export const STRATEGY_INVITATIONS_OPTIONS = Symbol('STRATEGY_INVITATIONS_OPTIONS');
/** Where "now" comes from; the system clock unless a test provides its own. */
export const STRATEGY_INVITATIONS_CLOCK = Symbol('STRATEGY_INVITATIONS_CLOCK');
