import type { ReferrerEmail } from '../clients/intake.client';
import { formatDateTime } from '../rendering/labels';

/**
 * "Was the referrer told?" in words for the case page, from intake's record of the email: the
 * latest one (a case is decided once; a later one would be a new decision).
 */
export function referrerToldInWords(emails: ReferrerEmail[] | null): string {
  if (emails === null) return 'Not known: intake did not answer. Try again later.';
  const email = emails.at(-1);
  if (!email) return 'Not yet: the referrer is emailed when the decision is signed off.';
  switch (email.status) {
    case 'sent':
      return `Emailed ${formatDateTime(email.sentAt)}`;
    case 'pending':
      return email.attempts === 0
        ? 'Email being sent'
        : `Email not delivered yet (${email.attempts} ${email.attempts === 1 ? 'try' : 'tries'}); trying again ${formatDateTime(email.nextAttemptAt)}`;
    case 'failed':
      return `Email could not be delivered after ${email.attempts} ${email.attempts === 1 ? 'try' : 'tries'}: tell the referrer another way`;
    case 'not-sent':
      return `Not emailed: ${email.notSentReason ?? 'no reason recorded'}. Tell the referrer another way.`;
  }
}
