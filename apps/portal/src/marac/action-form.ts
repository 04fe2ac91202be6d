import type { NewMaracAction } from '../clients/marac.client';
import { ACTION_STATUS_LABELS, AGENCY_LABELS } from '../rendering/partnership-labels';
import {
  parseDateInput,
  required,
  text,
  type FieldError,
  type FormBody,
  type Parsed,
} from '../referrals/referral-answers';

/** An action agreed at the meeting: who owns it, what it is, and when it is due (today or later). */
export function parseMaracAction(body: FormBody, today: Date): Parsed<NewMaracAction> {
  const errors: FieldError[] = [];
  const ownerAgency = text(body, 'ownerAgency');
  if (!Object.hasOwn(AGENCY_LABELS, ownerAgency))
    errors.push({ field: 'ownerAgency', text: 'Select who owns the action' });
  const description = required(body, 'description', 'Enter what needs to be done', errors, 2_000);
  const due = parseDateInput(body, 'dueDate', 'the due date', 'future', today);
  if (due.error) errors.push(due.error);
  if (errors.length > 0 || !due.value) return { ok: false, errors };
  return { ok: true, value: { ownerAgency, description, dueDate: due.value } };
}

/** The status chosen for one action on the agenda; the field is named after the action so each row has its own. */
export function parseActionStatus(body: FormBody, actionId: string): Parsed<string> {
  const status = text(body, 'status');
  if (!Object.hasOwn(ACTION_STATUS_LABELS, status))
    return { ok: false, errors: [{ field: `status-${actionId}`, text: 'Select the status of the action' }] };
  return { ok: true, value: status };
}
