import { ContactReceivedV1 } from './events/contact-received.v1';
import { DeadLetterV1 } from './events/dead-letter.v1';
import { InformationAnsweredV1 } from './events/information-answered.v1';
import { InformationRequestOverdueV1 } from './events/information-request-overdue.v1';
import { InformationRequestedV1 } from './events/information-requested.v1';
import { PoliceIncidentRecordedV1 } from './events/police-incident-recorded.v1';
import { ScreeningDecidedV1 } from './events/screening-decided.v1';
import { StrategyAttendanceConfirmedV1 } from './events/strategy-attendance-confirmed.v1';
import { StrategyDiscussionInvitedV1 } from './events/strategy-discussion-invited.v1';
import { StrategyInvitationDeclinedV1 } from './events/strategy-invitation-declined.v1';
import { TopicDefinition, defineTopic } from './topic';

/**
 * Every topic the platform uses. DO NOT rename or change a payload in place: consumers in other
 * services depend on both. A breaking change is a new topic version beside the old one.
 */
export const Topics = {
  ContactReceived: defineTopic({
    name: 'frontdoor.contact-received.v1',
    type: 'ContactReceived',
    version: 1,
    payload: ContactReceivedV1,
    description: 'Intake accepted a contact about one or more children. Key: contact id.',
  }),
  ScreeningDecided: defineTopic({
    name: 'frontdoor.screening-decided.v1',
    type: 'ScreeningDecided',
    version: 1,
    payload: ScreeningDecidedV1,
    description: 'A manager signed off the front-door decision on a case. Key: case id.',
  }),
  PoliceInformationRequested: defineTopic({
    name: 'frontdoor.police.information-requested.v1',
    type: 'InformationRequested',
    version: 1,
    payload: InformationRequestedV1,
    description: 'The front door asks police (GMP) what they know about the people on a case. Key: case id.',
  }),
  HealthInformationRequested: defineTopic({
    name: 'frontdoor.health.information-requested.v1',
    type: 'InformationRequested',
    version: 1,
    payload: InformationRequestedV1,
    description: 'The front door asks health what it knows about the people on a case. Key: case id.',
  }),
  EducationInformationRequested: defineTopic({
    name: 'frontdoor.education.information-requested.v1',
    type: 'InformationRequested',
    version: 1,
    payload: InformationRequestedV1,
    description: 'The front door asks education what it knows about the children on a case. Key: case id.',
  }),
  ChildrenSocialCareInformationRequested: defineTopic({
    name: 'frontdoor.children-social-care.information-requested.v1',
    type: 'InformationRequested',
    version: 1,
    payload: InformationRequestedV1,
    description: "MARAC asks children's social care (the front door) what it knows for its research. Key: case id.",
  }),
  InformationAnswered: defineTopic({
    name: 'frontdoor.information-answered.v1',
    type: 'InformationAnswered',
    version: 1,
    payload: InformationAnsweredV1,
    description: 'An agency answers an information request (not known to us is an answer). Key: case id.',
  }),
  InformationRequestOverdue: defineTopic({
    name: 'frontdoor.information-request-overdue.v1',
    type: 'InformationRequestOverdue',
    version: 1,
    payload: InformationRequestOverdueV1,
    description: 'An information request passed its deadline unanswered and was escalated. Key: case id.',
  }),
  PoliceIncidentRecorded: defineTopic({
    name: 'frontdoor.police.incident-recorded.v1',
    type: 'PoliceIncidentRecorded',
    version: 1,
    payload: PoliceIncidentRecordedV1,
    description: 'Police recorded an incident involving children (PPN), with DASH when completed. Key: incident id.',
  }),
  PoliceStrategyDiscussionInvited: defineTopic({
    name: 'frontdoor.police.strategy-discussion-invited.v1',
    type: 'StrategyDiscussionInvited',
    version: 1,
    payload: StrategyDiscussionInvitedV1,
    description: 'The front door invites police (GMP) to a strategy discussion. Key: discussion id.',
  }),
  HealthStrategyDiscussionInvited: defineTopic({
    name: 'frontdoor.health.strategy-discussion-invited.v1',
    type: 'StrategyDiscussionInvited',
    version: 1,
    payload: StrategyDiscussionInvitedV1,
    description: 'The front door invites health to a strategy discussion. Key: discussion id.',
  }),
  EducationStrategyDiscussionInvited: defineTopic({
    name: 'frontdoor.education.strategy-discussion-invited.v1',
    type: 'StrategyDiscussionInvited',
    version: 1,
    payload: StrategyDiscussionInvitedV1,
    description: 'The front door invites education to a strategy discussion. Key: discussion id.',
  }),
  StrategyAttendanceConfirmed: defineTopic({
    name: 'frontdoor.strategy.attendance-confirmed.v1',
    type: 'StrategyAttendanceConfirmed',
    version: 1,
    payload: StrategyAttendanceConfirmedV1,
    description: 'An agency names its attendee at a strategy discussion and when they can attend. Key: discussion id.',
  }),
  StrategyInvitationDeclined: defineTopic({
    name: 'frontdoor.strategy.invitation-declined.v1',
    type: 'StrategyInvitationDeclined',
    version: 1,
    payload: StrategyInvitationDeclinedV1,
    description: 'An agency declines a strategy discussion invitation, with its reason. Key: discussion id.',
  }),
  DeadLetter: defineTopic({
    name: 'frontdoor.dead-letter.v1',
    type: 'DeadLetter',
    version: 1,
    payload: DeadLetterV1,
    description: 'A message that failed validation or kept failing in a consumer. Key: original key.',
  }),
} as const;

export type TopicKey = keyof typeof Topics;
export const ALL_TOPICS: readonly TopicDefinition<object>[] = Object.values(Topics);

export function topicByName(name: string): TopicDefinition<object> | undefined {
  return ALL_TOPICS.find((topic) => topic.name === name);
}

/** Where the front door sends a request for each agency: its own topic, which only it reads. */
export const INFORMATION_REQUEST_TOPICS = {
  police: Topics.PoliceInformationRequested,
  health: Topics.HealthInformationRequested,
  education: Topics.EducationInformationRequested,
  'children-social-care': Topics.ChildrenSocialCareInformationRequested,
} as const;

/** Where the strategy service invites each agency: its own topic, which only it reads. */
export const STRATEGY_INVITATION_TOPICS = {
  police: Topics.PoliceStrategyDiscussionInvited,
  health: Topics.HealthStrategyDiscussionInvited,
  education: Topics.EducationStrategyDiscussionInvited,
} as const;
