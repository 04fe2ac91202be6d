import { isValidNhsNumber, isValidUkPostcode, isValidUpn } from '@frontdoor/identifiers';
import type { ChildSearch } from '../clients/screening.client';
import { parseDateInput, text, type FieldError, type FormBody } from '../referrals/referral-answers';

const FIELDS = [
  'firstName',
  'lastName',
  'dateOfBirth-day',
  'dateOfBirth-month',
  'dateOfBirth-year',
  'nhsNumber',
  'upn',
  'postcode',
];
const NAME_MAX = 100;

export type ReadChildSearch =
  /** The page opened without a search: the empty form. */
  | { state: 'blank' }
  | { state: 'invalid'; errors: FieldError[]; values: FormBody }
  | { state: 'ready'; search: ChildSearch; values: FormBody };

/**
 * The "Find a child" form (a GET, so a search can be bookmarked or shared with a colleague):
 * at least one detail, each checked as screening will check it, with the GOV.UK messages.
 */
export function readChildSearch(query: FormBody, today: Date): ReadChildSearch {
  if (!FIELDS.some((field) => field in query)) return { state: 'blank' };
  const values = Object.fromEntries(FIELDS.map((field) => [field, text(query, field)]));
  const errors: FieldError[] = [];
  const search: ChildSearch = {};
  for (const [field, label] of [
    ['firstName', 'First name'],
    ['lastName', 'Last name'],
  ] as const) {
    const value = values[field];
    if (value.length > NAME_MAX) errors.push({ field, text: `${label} must be ${NAME_MAX} characters or fewer` });
    else if (value) search[field] = value;
  }
  if (values['dateOfBirth-day'] || values['dateOfBirth-month'] || values['dateOfBirth-year']) {
    const parsed = parseDateInput(query, 'dateOfBirth', "the child's date of birth", 'past', today);
    if (parsed.error) errors.push(parsed.error);
    else search.dateOfBirth = parsed.value;
  }
  if (values.nhsNumber) {
    if (isValidNhsNumber(values.nhsNumber)) search.nhsNumber = values.nhsNumber;
    else errors.push({ field: 'nhsNumber', text: 'Enter a valid NHS number, like 485 777 3456' });
  }
  if (values.upn) {
    if (isValidUpn(values.upn.toUpperCase())) search.upn = values.upn.toUpperCase();
    else errors.push({ field: 'upn', text: 'Enter a valid unique pupil number (13 characters)' });
  }
  if (values.postcode) {
    if (isValidUkPostcode(values.postcode)) search.postcode = values.postcode;
    else errors.push({ field: 'postcode', text: 'Enter a real postcode, like M33 7ZZ' });
  }
  if (errors.length === 0 && Object.keys(search).length === 0) {
    errors.push({
      field: 'firstName',
      text: 'Enter at least one detail about the child: a name, date of birth, NHS number, UPN or postcode',
    });
  }
  return errors.length > 0 ? { state: 'invalid', errors, values } : { state: 'ready', search, values };
}
