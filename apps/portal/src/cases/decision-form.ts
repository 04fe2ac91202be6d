import { LevelOfNeed, ScreeningOutcome } from '@frontdoor/contracts';
import type { RecordDecision } from '../clients/screening.client';
import { text, type FieldError, type FormBody, type Parsed } from '../referrals/referral-answers';

const OUTCOMES = new Set<string>(Object.values(ScreeningOutcome));
const LEVELS = new Set<string>(
  Object.values(LevelOfNeed)
    .filter((value) => typeof value === 'number')
    .map(String),
);

/** The screening decision form, as screening's `POST /cases/:id/decision` takes it. */
export function parseDecision(body: FormBody): Parsed<RecordDecision> {
  const errors: FieldError[] = [];
  const outcome = text(body, 'outcome');
  if (!OUTCOMES.has(outcome)) errors.push({ field: 'outcome', text: 'Select the outcome' });
  const level = text(body, 'levelOfNeed');
  if (!LEVELS.has(level)) errors.push({ field: 'levelOfNeed', text: 'Select the level of need' });
  const rationale = text(body, 'rationale');
  if (!rationale) errors.push({ field: 'rationale', text: 'Enter the reasons for the decision' });
  const voice = text(body, 'childsVoiceConsidered');
  const childsVoiceSummary = text(body, 'childsVoiceSummary');
  if (voice !== 'yes' && voice !== 'no') {
    errors.push({ field: 'childsVoiceConsidered', text: "Select yes if the child's voice was considered" });
  } else if (voice === 'yes' && !childsVoiceSummary) {
    errors.push({ field: 'childsVoiceSummary', text: "Enter how the child's voice shaped the decision" });
  }
  const referrerFeedback = text(body, 'referrerFeedback');
  if (!referrerFeedback) errors.push({ field: 'referrerFeedback', text: 'Enter what the referrer will be told' });
  for (const [field, max] of [
    ['rationale', 10_000],
    ['childsVoiceSummary', 10_000],
    ['referrerFeedback', 5_000],
  ] as const) {
    if (text(body, field).length > max) errors.push({ field, text: `Shorten this to ${max} characters or fewer` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      outcome,
      levelOfNeed: Number(level),
      rationale,
      childsVoiceConsidered: voice === 'yes',
      ...(voice === 'yes' ? { childsVoiceSummary } : {}),
      referrerFeedback,
    },
  };
}
