import type { EncompassNotification } from '../clients/education.client';
import { text, type FormBody, type Parsed } from '../referrals/referral-answers';

export interface StatusTag {
  text: string;
  colour: 'red' | 'blue' | 'green' | 'orange';
}

/** What a DSL must see first: overdue ones in red, then those still to acknowledge. */
export function encompassStatusTag(
  notification: Pick<EncompassNotification, 'status' | 'overdue' | 'acknowledgement'>,
): StatusTag {
  if (notification.status === 'acknowledged') {
    return notification.acknowledgement?.late
      ? { text: 'Acknowledged late', colour: 'orange' }
      : { text: 'Acknowledged', colour: 'green' };
  }
  return notification.overdue ? { text: 'Overdue', colour: 'red' } : { text: 'To acknowledge', colour: 'blue' };
}

/** The acknowledgement form: the DSL confirms they have read it; nothing else is asked. */
export function parseAcknowledgement(body: FormBody): Parsed<true> {
  if (text(body, 'confirmed') !== 'yes') {
    return {
      ok: false,
      errors: [{ field: 'confirmed', text: 'Confirm you have read the notification and the school will act on it' }],
    };
  }
  return { ok: true, value: true };
}
