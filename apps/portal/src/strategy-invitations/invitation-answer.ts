import type { InvitationAnswer } from '../clients/strategy-invitations.client';
import {
  londonInstant,
  parseDateInput,
  parseTimeOfDay,
  required,
  text,
  type FieldError,
  type FormBody,
  type Parsed,
} from '../referrals/referral-answers';

/** How many times an agency may offer on the page; the service takes more, a page need not. */
export const AVAILABILITY_SLOTS = 3;
const JOB_TITLE_MAX = 200;
const REASON_MAX = 1000;

/** The field names of one offered time: its day (a GOV.UK date input) and from/to times. */
export function windowFields(n: number) {
  return { day: `window${n}`, from: `window${n}-from`, to: `window${n}-to` };
}

/**
 * A practitioner's answer to a strategy invitation. Attend: who (a name, optionally a job title)
 * and when they are free, as one to three times on a day, from and to, in UK time, ahead of now
 * (the first time must be given; another is read only when any of its boxes is filled). Decline:
 * why, for the chair, in the practitioner's words.
 */
export function parseInvitationAnswer(body: FormBody, now: Date): Parsed<InvitationAnswer> {
  const errors: FieldError[] = [];
  const decision = text(body, 'decision');
  if (decision === 'decline') {
    const reason = required(body, 'declineReason', 'Enter why your agency cannot attend', errors, REASON_MAX);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { decision: 'decline', reason } };
  }
  if (decision !== 'attend') {
    return { ok: false, errors: [{ field: 'decision', text: 'Select whether someone from your agency will attend' }] };
  }
  const name = required(body, 'attendeeName', 'Enter the name of who will attend', errors);
  const jobTitle = text(body, 'attendeeJobTitle');
  if (jobTitle.length > JOB_TITLE_MAX) {
    errors.push({ field: 'attendeeJobTitle', text: `Job title must be ${JOB_TITLE_MAX} characters or fewer` });
  }
  const availability: { from: string; to: string }[] = [];
  for (let n = 1; n <= AVAILABILITY_SLOTS; n++) {
    const fields = windowFields(n);
    const given = [`${fields.day}-day`, `${fields.day}-month`, `${fields.day}-year`, fields.from, fields.to].some(
      (field) => text(body, field) !== '',
    );
    if (n > 1 && !given) continue;
    const window = parseWindow(body, n, now, errors);
    if (window) availability.push(window);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { decision: 'attend', attendee: { name, ...(jobTitle && { jobTitle }) }, availability },
  };
}

function parseWindow(
  body: FormBody,
  n: number,
  now: Date,
  errors: FieldError[],
): { from: string; to: string } | undefined {
  const fields = windowFields(n);
  const label = n === 1 ? 'a day they can attend' : `the day of time ${n}`;
  const day = parseDateInput(body, fields.day, label, 'future', now);
  if (day.error) errors.push(day.error);
  const from = parseTimeOfDay(body, fields.from, `Enter the time they are free from on time ${n}`, errors);
  const to = parseTimeOfDay(body, fields.to, `Enter the time they are free until on time ${n}`, errors);
  if (!day.value || !from || !to) return undefined;
  const start = londonInstant(day.value, from);
  const end = londonInstant(day.value, to);
  if (end.getTime() <= start.getTime()) {
    errors.push({ field: fields.to, text: `The time they are free until must be after the time they are free from` });
    return undefined;
  }
  if (end.getTime() <= now.getTime()) {
    errors.push({ field: fields.to, text: `Time ${n} must not be over already` });
    return undefined;
  }
  return { from: start.toISOString(), to: end.toISOString() };
}
