import { londonLongDate } from '@frontdoor/calendar';

/**
 * What a referrer is told when the front door's decision on their contact is signed off: the
 * words the decider wrote for them, under the contact's reference. Nothing else from the case
 * goes in: email is not a secure channel, so no child's name, no outcome code (the decider
 * chose what to say to this referrer, a member of the public included) and no case detail.
 */
export interface ReferrerDecisionEmailFacts {
  referrerName: string;
  contactReference: string;
  receivedAt: Date;
  /** The decider's words for the referrer, exactly as written. */
  referrerFeedback: string;
}

/**
 * The personalisation fields of the GOV.UK Notify template (docs/deployment.md lists them);
 * the SMTP sender renders the same fields with `renderReferrerDecisionEmail`.
 */
export interface ReferrerDecisionPersonalisation {
  referrer_name: string;
  contact_reference: string;
  received_on: string;
  feedback: string;
  [field: string]: string;
}

export interface RenderedEmail {
  subject: string;
  body: string;
}

export function referrerDecisionPersonalisation(facts: ReferrerDecisionEmailFacts): ReferrerDecisionPersonalisation {
  return {
    referrer_name: facts.referrerName,
    contact_reference: facts.contactReference,
    received_on: londonLongDate(facts.receivedAt),
    feedback: facts.referrerFeedback,
  };
}

/** The local copy of the Notify template, for the SMTP sender (development and tests). */
export function renderReferrerDecisionEmail(fields: ReferrerDecisionPersonalisation): RenderedEmail {
  return {
    subject: `Your referral ${fields.contact_reference}: what the front door decided`,
    body: [
      `Dear ${fields.referrer_name},`,
      '',
      `Thank you for your referral ${fields.contact_reference}, received on ${fields.received_on}.`,
      'A manager has signed off our decision. This is what we can tell you:',
      '',
      fields.feedback,
      '',
      'If you are still worried about the child, or something changes, contact the front door again.',
      'If a child is in immediate danger, call 999.',
      '',
      'Front door, children’s services',
    ].join('\n'),
  };
}
