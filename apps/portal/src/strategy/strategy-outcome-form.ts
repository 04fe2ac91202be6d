import type { RecordStrategyOutcome, StrategyAgencyView, StrategyParticipant } from '../clients/strategy.client';
import { AGENCY_LABELS, STRATEGY_OUTCOME_LABELS } from '../rendering/partnership-labels';
import { labelFor } from '../rendering/labels';
import { list, required, text, type FieldError, type FormBody, type Parsed } from '../referrals/referral-answers';

const isOutcome = (value: string) => Object.hasOwn(STRATEGY_OUTCOME_LABELS, value);

/** Form field names for one participant's part of the outcome form (ids must be unique on the page). */
export function participantFields(participant: string): { view: string; attendee: string; comment: string } {
  return { view: `view-${participant}`, attendee: `attendee-${participant}`, comment: `comment-${participant}` };
}

/**
 * The chair's outcome form, as strategy's `POST /strategy-discussions/:id/outcome` takes it: the
 * outcome, the reasons and every participant's view (strategy refuses a record missing one).
 */
export function parseStrategyOutcome(
  body: FormBody,
  participants: StrategyParticipant[],
): Parsed<RecordStrategyOutcome> {
  const errors: FieldError[] = [];
  const outcome = text(body, 'outcome');
  if (!isOutcome(outcome)) errors.push({ field: 'outcome', text: 'Select the outcome of the discussion' });
  const rationale = required(body, 'rationale', 'Enter the reasons for the outcome', errors, 10_000);

  const views: StrategyAgencyView[] = [];
  for (const { participant } of participants) {
    const fields = participantFields(participant);
    const view = text(body, fields.view);
    const name = labelFor(AGENCY_LABELS, participant);
    if (!isOutcome(view)) errors.push({ field: fields.view, text: `Select the view of ${name}` });
    const attendee = text(body, fields.attendee);
    if (attendee.length > 200) errors.push({ field: fields.attendee, text: 'Shorten this to 200 characters or fewer' });
    const comment = text(body, fields.comment);
    if (comment.length > 5_000)
      errors.push({ field: fields.comment, text: 'Shorten this to 5000 characters or fewer' });
    views.push({ participant, view, ...(attendee && { attendee }), ...(comment && { comment }) });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { outcome, rationale, views } };
}

/** Who the record went to: only the discussion's invited participants (the chair wrote it). */
export function parseCirculatedTo(body: FormBody, participants: StrategyParticipant[]): Parsed<string[]> {
  const invited = new Set(participants.filter((p) => p.role !== 'chair').map((p) => p.participant));
  const chosen = list(body, 'circulatedTo').filter((participant) => invited.has(participant));
  if (chosen.length === 0) {
    return { ok: false, errors: [{ field: 'circulatedTo', text: 'Select who the record was sent to' }] };
  }
  return { ok: true, value: chosen };
}

/** The flags that make a discussion late, in words, for the list and the detail page. */
export function lateness(summary: {
  discussionOverdue: boolean;
  recordCirculationOverdue: boolean;
  icpcOverdue: boolean;
}): string[] {
  return [
    summary.discussionOverdue ? 'Discussion not held in time' : '',
    summary.recordCirculationOverdue ? 'Record not circulated in time' : '',
    summary.icpcOverdue ? 'ICPC date passed' : '',
  ].filter(Boolean);
}
