import type { ContactChannel, ContactReceivedV1 } from '@frontdoor/contracts';

/** The front door's own agency claim: it takes contacts, it does not refer to itself. */
const FRONT_DOOR_AGENCY = 'children-social-care';

/** The screener or manager who logged a contact someone told the front door, and how it came. */
export interface RecordedBy {
  subject: string;
  name?: string;
  organisation: string;
  channel: ContactChannel;
}

export interface WhoReferred {
  /** Who hears the outcome: the referrer's organisation, never the screener's. */
  referrerOrganisation: string;
  /** Only for a contact the front door logged for someone else. */
  recordedBy: RecordedBy | null;
}

/**
 * A school or police force sends its own contacts, so its organisation is the referrer's. A
 * contact the front door logged (a GP's call, a neighbour's email) is the referrer's, as they
 * gave their organisation; the screener who typed it in is kept apart, with how it came.
 */
export function whoReferred(event: Pick<ContactReceivedV1, 'submittedBy' | 'contact'>): WhoReferred {
  const { submittedBy, contact } = event;
  const channel = contact.source.channel;
  const loggedByFrontDoor = channel !== undefined || submittedBy.agency === FRONT_DOOR_AGENCY;
  if (!loggedByFrontDoor) return { referrerOrganisation: submittedBy.organisation, recordedBy: null };
  return {
    referrerOrganisation: contact.referrer.organisation,
    recordedBy: channel
      ? {
          subject: submittedBy.subject,
          ...(submittedBy.name && { name: submittedBy.name }),
          organisation: submittedBy.organisation,
          channel,
        }
      : null,
  };
}
