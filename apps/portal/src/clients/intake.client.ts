import type { ContactDetailsV1 } from '@frontdoor/contracts';
import { ServiceClient } from './service-client';

export interface ContactAccepted {
  contactId: string;
  reference: string;
  receivedAt: string;
  childIds: string[];
}

export interface ContactSummary {
  contactId: string;
  reference: string;
  receivedAt: string;
  sourceType: string;
  childNames: string[];
  concernCategories: string[];
}

/** Whether and when intake emailed the referrer the decision (apps/intake/src/referrer-emails). */
export interface ReferrerEmail {
  caseId: string;
  status: 'pending' | 'sent' | 'failed' | 'not-sent';
  notSentReason?: string;
  attempts: number;
  sentAt?: string;
  nextAttemptAt?: string;
  recordedAt: string;
}

/** intake's HTTP API (apps/intake/src/contacts). */
export class IntakeClient {
  constructor(private readonly http: ServiceClient) {}

  submitContact(token: string, details: ContactDetailsV1, idempotencyKey: string): Promise<ContactAccepted> {
    return this.http.request(token, '/contacts', {
      method: 'POST',
      body: details,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  /** A referrer gets only their own organisation's contacts, newest first. */
  latestContacts(token: string, limit = 50): Promise<ContactSummary[]> {
    return this.http.request(token, '/contacts', { query: { limit } });
  }

  /** The contacts intake raised from one police notice (one per child), as the officer's organisation may see them. */
  contactsFromPoliceNotice(token: string, incidentId: string): Promise<ContactSummary[]> {
    return this.http.request(token, '/contacts', { query: { policeIncidentId: incidentId } });
  }

  /** The front door's view of whether the contact's referrer was emailed the decision. */
  referrerEmails(token: string, contactId: string): Promise<ReferrerEmail[]> {
    return this.http.request(token, `/contacts/${encodeURIComponent(contactId)}/referrer-emails`);
  }
}
