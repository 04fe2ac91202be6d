import { ReferrerDecisionPersonalisation } from '../rules/referrer-decision-email';

/** One email for a provider to deliver: to whom, and the template's fields. */
export interface OutgoingEmail {
  /** Our notification id: Notify's `reference`, the SMTP Message-ID, so a copy can be traced to its row. */
  notificationId: string;
  emailAddress: string;
  personalisation: ReferrerDecisionPersonalisation;
}

export interface Delivered {
  /** Notify's notification id, or the SMTP server's queue id. */
  providerId: string;
}

/**
 * The one thing intake asks of an email provider. Implementations stay thin: the words are
 * decided in rules/referrer-decision-email.ts, the retries in the sender.
 */
export interface EmailSender {
  readonly provider: 'notify' | 'smtp';
  send(email: OutgoingEmail): Promise<Delivered>;
  close(): Promise<void>;
}

/** Injection token for the configured EmailSender. */
export const EMAIL_SENDER = Symbol('EMAIL_SENDER');

/**
 * The provider refused the email and will refuse it again (a bad address, an unknown template,
 * a revoked key): retrying would only repeat it, so the row is marked failed at once.
 */
export class PermanentSendFailure extends Error {}
