import { TZDate } from '@date-fns/tz';
import { ConcernCategory, FamilyAwareness } from '@frontdoor/contracts';
import { isValidNhsNumber, isValidUkPostcode, isValidUpn, normaliseNhsNumber } from '@frontdoor/identifiers';
import type { AdultAnswers, ChildAnswers } from './referral-draft';

/**
 * Reading the referral's form posts: each function takes the posted fields and returns either
 * the answers or GOV.UK error messages (one per field, naming the field's id for the summary).
 */
export interface FieldError {
  /** The id of the input the error summary links to. */
  field: string;
  text: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export type FormBody = Record<string, unknown>;

const SHORT_MAX = 200;
const LONG_MAX = 10_000;

export function text(body: FormBody, name: string): string {
  const value = body[name];
  const single = Array.isArray(value) ? value[0] : value;
  return typeof single === 'string' ? single.trim() : '';
}

export function list(body: FormBody, name: string): string[] {
  const value = body[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === 'string' && item !== '');
}

/** A text answer that must be given, up to `max` characters; the problem goes in `errors`. */
export function required(body: FormBody, name: string, message: string, errors: FieldError[], max = SHORT_MAX): string {
  const value = text(body, name);
  if (!value) errors.push({ field: name, text: message });
  else if (value.length > max)
    errors.push({ field: name, text: `${message.replace(/^Enter/, 'Shorten')} (${max} characters or fewer)` });
  return value;
}

function optional(
  body: FormBody,
  name: string,
  label: string,
  errors: FieldError[],
  max = SHORT_MAX,
): string | undefined {
  const value = text(body, name);
  if (value.length > max) errors.push({ field: name, text: `${label} must be ${max} characters or fewer` });
  return value || undefined;
}

export type DateRule = 'past' | 'future' | 'any';

/**
 * A GOV.UK date input (`<prefix>-day`, `-month`, `-year`) as yyyy-MM-dd, with the design
 * system's messages: what is missing, what is not a real date, and past or future.
 */
export function parseDateInput(
  body: FormBody,
  prefix: string,
  label: string,
  rule: DateRule,
  today: Date,
): { value?: string; error?: FieldError } {
  const parts = {
    day: text(body, `${prefix}-day`),
    month: text(body, `${prefix}-month`),
    year: text(body, `${prefix}-year`),
  };
  const missing = (Object.keys(parts) as (keyof typeof parts)[]).filter((key) => parts[key] === '');
  if (missing.length === 3) return { error: { field: `${prefix}-day`, text: `Enter ${label}` } };
  if (missing.length > 0) {
    return {
      error: { field: `${prefix}-${missing[0]}`, text: `${capitalise(label)} must include a ${missing.join(' and ')}` },
    };
  }
  const day = Number(parts.day);
  const month = Number(parts.month);
  const year = Number(parts.year);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    /^\d{1,2}$/.test(parts.day) &&
    /^\d{1,2}$/.test(parts.month) &&
    /^\d{4}$/.test(parts.year) &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!real) return { error: { field: `${prefix}-day`, text: `${capitalise(label)} must be a real date` } };
  const iso = `${parts.year}-${pad(month)}-${pad(day)}`;
  const todayIso = today.toISOString().slice(0, 10);
  if (rule === 'past' && iso > todayIso) {
    return { error: { field: `${prefix}-day`, text: `${capitalise(label)} must be today or in the past` } };
  }
  if (rule === 'future' && iso < todayIso) {
    return { error: { field: `${prefix}-day`, text: `${capitalise(label)} must be today or in the future` } };
  }
  if (year < 1900) return { error: { field: `${prefix}-year`, text: `${capitalise(label)} must be after 1900` } };
  return { value: iso };
}

const TIME_OF_DAY = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** A time typed on the 24-hour clock ("21:40", "9.30"); the problem goes in `errors`. */
export function parseTimeOfDay(
  body: FormBody,
  name: string,
  missing: string,
  errors: FieldError[],
): { hour: number; minute: number } | undefined {
  const value = text(body, name);
  const match = TIME_OF_DAY.exec(value);
  if (!value) errors.push({ field: name, text: missing });
  else if (!match) errors.push({ field: name, text: 'Enter the time on the 24-hour clock, like 21:40' });
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

/** The instant a day (yyyy-MM-dd) and a time of day name in UK time, summer time included. */
export function londonInstant(day: string, time: { hour: number; minute: number }): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, date, time.hour, time.minute, 'Europe/London').getTime());
}

/** The date input's three boxes for a stored yyyy-MM-dd, to show it again. */
export function dateParts(iso: string | undefined): { day: string; month: string; year: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match
    ? { year: match[1], month: String(Number(match[2])), day: String(Number(match[3])) }
    : { day: '', month: '', year: '' };
}

/** The date input's three boxes as posted, to show them again with an error. */
export function datePartsFrom(body: FormBody, prefix: string): { day: string; month: string; year: string } {
  return { day: text(body, `${prefix}-day`), month: text(body, `${prefix}-month`), year: text(body, `${prefix}-year`) };
}

export function parseImmediateDanger(body: FormBody): Parsed<boolean> {
  const answer = text(body, 'immediateDanger');
  if (answer !== 'yes' && answer !== 'no') {
    return { ok: false, errors: [{ field: 'immediateDanger', text: 'Select yes if a child is in immediate danger' }] };
  }
  return { ok: true, value: answer === 'yes' };
}

/** The child's details page: name, date of birth (or unborn, or unknown), identifiers, address. */
export function parseChildDetails(
  body: FormBody,
  today: Date,
): Parsed<Omit<ChildAnswers, 'hasSpoken' | 'wordsAndViews' | 'viewsNotObtainedReason'>> {
  const errors: FieldError[] = [];
  const firstName = required(body, 'firstName', "Enter the child's first name", errors);
  const lastName = required(body, 'lastName', "Enter the child's last name", errors);
  const status = text(body, 'dateOfBirthStatus');
  let dateOfBirth: string | undefined;
  let expectedDateOfBirth: string | undefined;
  if (status === 'known') {
    const parsed = parseDateInput(body, 'dateOfBirth', "the child's date of birth", 'past', today);
    if (parsed.error) errors.push(parsed.error);
    dateOfBirth = parsed.value;
  } else if (status === 'unborn') {
    const parsed = parseDateInput(body, 'expectedDateOfBirth', 'the expected date of birth', 'future', today);
    if (parsed.error) errors.push(parsed.error);
    expectedDateOfBirth = parsed.value;
  } else if (status !== 'unknown') {
    errors.push({ field: 'dateOfBirthStatus', text: "Select whether you know the child's date of birth" });
  }
  const nhsNumber = optional(body, 'nhsNumber', 'NHS number', errors, 20);
  if (nhsNumber && !isValidNhsNumber(nhsNumber)) {
    errors.push({ field: 'nhsNumber', text: 'Enter a valid NHS number, like 485 777 3456, or leave it blank' });
  }
  const upn = optional(body, 'upn', 'Unique pupil number', errors, 20)?.toUpperCase();
  if (upn && !isValidUpn(upn)) {
    errors.push({ field: 'upn', text: 'Enter a valid unique pupil number (13 characters), or leave it blank' });
  }
  const addressLine1 = optional(body, 'addressLine1', 'Address line 1', errors);
  const town = optional(body, 'town', 'Town or city', errors);
  const postcode = optional(body, 'postcode', 'Postcode', errors, 12)?.toUpperCase();
  if (postcode && !isValidUkPostcode(postcode)) {
    errors.push({ field: 'postcode', text: 'Enter a real postcode, like M33 7ZZ, or leave it blank' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      firstName,
      lastName,
      dateOfBirthStatus: status as ChildAnswers['dateOfBirthStatus'],
      dateOfBirth,
      expectedDateOfBirth,
      nhsNumber: nhsNumber ? normaliseNhsNumber(nhsNumber) : undefined,
      upn,
      addressLine1,
      town,
      postcode,
    },
  };
}

/** What the child has said, or why their views could not be sought. */
export function parseChildVoice(
  body: FormBody,
  name: string,
): Parsed<Pick<ChildAnswers, 'hasSpoken' | 'wordsAndViews' | 'viewsNotObtainedReason'>> {
  const hasSpoken = text(body, 'hasSpoken');
  const errors: FieldError[] = [];
  if (hasSpoken === 'yes') {
    const words = required(
      body,
      'wordsAndViews',
      `Enter what ${name} said, in their own words if you can`,
      errors,
      LONG_MAX,
    );
    return errors.length ? { ok: false, errors } : { ok: true, value: { hasSpoken, wordsAndViews: words } };
  }
  if (hasSpoken === 'no') {
    const reason = required(
      body,
      'viewsNotObtainedReason',
      `Enter why ${name}'s views have not been sought`,
      errors,
      LONG_MAX,
    );
    return errors.length ? { ok: false, errors } : { ok: true, value: { hasSpoken, viewsNotObtainedReason: reason } };
  }
  return { ok: false, errors: [{ field: 'hasSpoken', text: `Select yes if ${name} has said anything about this` }] };
}

export function parseAdult(body: FormBody, today: Date): Parsed<AdultAnswers> {
  const errors: FieldError[] = [];
  const firstName = required(body, 'firstName', "Enter the adult's first name", errors);
  const lastName = required(body, 'lastName', "Enter the adult's last name", errors);
  const relationshipToChildren = required(
    body,
    'relationshipToChildren',
    'Enter their relationship to the child, for example mother',
    errors,
    100,
  );
  const lives = text(body, 'livesWithChildren');
  if (lives !== 'yes' && lives !== 'no') {
    errors.push({ field: 'livesWithChildren', text: 'Select yes if they live with the child' });
  }
  let dateOfBirth: string | undefined;
  const anyDatePart = ['day', 'month', 'year'].some((part) => text(body, `dateOfBirth-${part}`) !== '');
  if (anyDatePart) {
    const parsed = parseDateInput(body, 'dateOfBirth', 'their date of birth', 'past', today);
    if (parsed.error) errors.push(parsed.error);
    dateOfBirth = parsed.value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { firstName, lastName, relationshipToChildren, livesWithChildren: lives === 'yes', dateOfBirth },
  };
}

export function parseYesNo(body: FormBody, name: string, message: string): Parsed<boolean> {
  const answer = text(body, name);
  if (answer !== 'yes' && answer !== 'no') return { ok: false, errors: [{ field: name, text: message }] };
  return { ok: true, value: answer === 'yes' };
}

const CONCERNS = new Set<string>(Object.values(ConcernCategory));

export function parseConcernCategories(body: FormBody): Parsed<ConcernCategory[]> {
  const chosen = list(body, 'concernCategories');
  if (chosen.length === 0 || chosen.some((value) => !CONCERNS.has(value))) {
    return { ok: false, errors: [{ field: 'concernCategories', text: 'Select what the worry is about' }] };
  }
  return { ok: true, value: [...new Set(chosen)] as ConcernCategory[] };
}

export function parseNarrative(body: FormBody, message = 'Enter what you are worried about'): Parsed<string> {
  const errors: FieldError[] = [];
  const narrative = required(body, 'narrative', message, errors, LONG_MAX);
  return errors.length ? { ok: false, errors } : { ok: true, value: narrative };
}

/** What the school (or referrer) has done: an answer is needed, but "nothing yet" is a valid one. */
export function parseActionTaken(body: FormBody, who = 'the school'): Parsed<string> {
  const choice = text(body, 'actionTaken');
  const errors: FieldError[] = [];
  if (choice === 'yes') {
    const action = required(body, 'actionTakenSoFar', `Enter what ${who} has done so far`, errors, LONG_MAX);
    return errors.length ? { ok: false, errors } : { ok: true, value: action };
  }
  if (choice === 'no') return { ok: true, value: '' };
  return {
    ok: false,
    errors: [{ field: 'actionTaken', text: `Select yes if ${who} has done anything about this yet` }],
  };
}

const AWARENESS = new Set<string>(Object.values(FamilyAwareness));

export function parseFamilyAwareness(body: FormBody, noun = 'referral'): Parsed<FamilyAwareness> {
  const value = text(body, 'familyAwareness');
  if (!AWARENESS.has(value)) {
    return {
      ok: false,
      errors: [{ field: 'familyAwareness', text: `Select whether the family knows about this ${noun}` }],
    };
  }
  return { ok: true, value: value as FamilyAwareness };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
