import { DASH_ANSWERS, INCIDENT_TYPES, type DashAnswer, type IncidentType } from '@frontdoor/contracts';
import type { IncidentChild, IncidentPerson } from '../clients/police.client';
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
import { dashQuestionNumbers } from './dash-questions';
import type { IncidentAnswers, PeopleAnswers } from './ppn-draft';

/** How many children one page takes; police take up to 20, a notice with more is sent from GMP's own system. */
export const CHILD_SLOTS = 4;
const SUMMARY_MAX = 4000;

/** The incident page: the type, the day and time it happened (UK time, not in the future) and the summary. */
export function parseIncident(body: FormBody, now: Date): Parsed<IncidentAnswers> {
  const errors: FieldError[] = [];
  const type = text(body, 'type');
  if (!(INCIDENT_TYPES as readonly string[]).includes(type)) {
    errors.push({ field: 'type', text: 'Select what kind of incident it was' });
  }
  const day = parseDateInput(body, 'occurredOn', 'the date it happened', 'past', now);
  if (day.error) errors.push(day.error);
  const time = parseTimeOfDay(body, 'occurredTime', 'Enter the time it happened', errors);
  let occurredAt: string | undefined;
  if (day.value && time) {
    const moment = londonInstant(day.value, time);
    if (moment.getTime() > now.getTime()) {
      errors.push({ field: 'occurredTime', text: 'The time it happened must be now or in the past' });
    } else occurredAt = moment.toISOString();
  }
  const summary = required(
    body,
    'summary',
    'Enter what a safeguarding practitioner needs to know',
    errors,
    SUMMARY_MAX,
  );
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { type: type as IncidentType, occurredAt: occurredAt!, summary } };
}

/** A GOV.UK date of birth that may be left empty. */
function optionalDateOfBirth(body: FormBody, prefix: string, label: string, now: Date, errors: FieldError[]) {
  const given = ['day', 'month', 'year'].some((part) => text(body, `${prefix}-${part}`) !== '');
  if (!given) return undefined;
  const parsed = parseDateInput(body, prefix, label, 'past', now);
  if (parsed.error) errors.push(parsed.error);
  return parsed.value;
}

/** An adult who may be left out entirely; once any of their fields is filled in, both names are needed. */
function optionalAdult(
  body: FormBody,
  prefix: 'victim' | 'perpetrator',
  now: Date,
  errors: FieldError[],
): IncidentPerson | undefined {
  const who = prefix === 'victim' ? "the victim's" : "the perpetrator's";
  const fields = ['firstName', 'lastName', 'dateOfBirth-day', 'dateOfBirth-month', 'dateOfBirth-year'];
  if (fields.every((field) => text(body, `${prefix}-${field}`) === '')) return undefined;
  const firstName = required(body, `${prefix}-firstName`, `Enter ${who} first name`, errors);
  const lastName = required(body, `${prefix}-lastName`, `Enter ${who} last name`, errors);
  const dateOfBirth = optionalDateOfBirth(body, `${prefix}-dateOfBirth`, `${who} date of birth`, now, errors);
  return { firstName, lastName, ...(dateOfBirth && { dateOfBirth }) };
}

/**
 * The people page: the victim and perpetrator (each optional) and up to four children, the first
 * required; a child slot left empty is skipped, one partly filled in must be completed.
 */
export function parsePeople(body: FormBody, now: Date): Parsed<PeopleAnswers> {
  const errors: FieldError[] = [];
  const victim = optionalAdult(body, 'victim', now, errors);
  const perpetrator = optionalAdult(body, 'perpetrator', now, errors);
  const children: IncidentChild[] = [];
  for (let n = 1; n <= CHILD_SLOTS; n++) {
    const prefix = `child${n}`;
    const fields = ['firstName', 'lastName', 'dateOfBirth-day', 'dateOfBirth-month', 'dateOfBirth-year', 'present'];
    if (n > 1 && fields.every((field) => text(body, `${prefix}-${field}`) === '')) continue;
    const which = n === 1 ? "the child's" : `child ${n}'s`;
    const firstName = required(body, `${prefix}-firstName`, `Enter ${which} first name`, errors);
    const lastName = required(body, `${prefix}-lastName`, `Enter ${which} last name`, errors);
    const dateOfBirth = optionalDateOfBirth(body, `${prefix}-dateOfBirth`, `${which} date of birth`, now, errors);
    const present = text(body, `${prefix}-present`);
    if (present !== 'yes' && present !== 'no') {
      errors.push({
        field: `${prefix}-present`,
        text: `Select yes if ${n === 1 ? 'the child' : `child ${n}`} was present`,
      });
    }
    children.push({ firstName, lastName, ...(dateOfBirth && { dateOfBirth }), present: present === 'yes' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...(victim && { victim }), ...(perpetrator && { perpetrator }), children } };
}

export interface DashPageAnswers {
  /** Question number (1-24) to answer. */
  answers: Map<number, DashAnswer>;
  /** On the last page only. */
  professionalJudgementHighRisk?: boolean;
}

/** One DASH page: every question on it answered yes, no or don't know; on the last, the officer's judgement. */
export function parseDashPage(body: FormBody, page: number, lastPage: boolean): Parsed<DashPageAnswers> {
  const errors: FieldError[] = [];
  const answers = new Map<number, DashAnswer>();
  for (const number of dashQuestionNumbers(page)) {
    const answer = text(body, `dash${number}`);
    if ((DASH_ANSWERS as readonly string[]).includes(answer)) answers.set(number, answer as DashAnswer);
    else errors.push({ field: `dash${number}`, text: `Select an answer to question ${number}` });
  }
  let professionalJudgementHighRisk: boolean | undefined;
  if (lastPage) {
    const judgement = text(body, 'professionalJudgement');
    if (judgement !== 'yes' && judgement !== 'no') {
      errors.push({ field: 'professionalJudgement', text: 'Select yes if you judge the risk to be high' });
    } else professionalJudgementHighRisk = judgement === 'yes';
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { answers, ...(lastPage && { professionalJudgementHighRisk }) } };
}
