import type { CaseDetails } from '../clients/screening.client';
import type { NewMaracPerson, NewMaracReferral } from '../clients/marac.client';
import {
  parseDateInput,
  required,
  text,
  type FieldError,
  type FormBody,
  type Parsed,
} from '../referrals/referral-answers';

/** The limits in marac's `CreateReferralDto`. */
const DASH_QUESTIONS = 24;
const CALL_OUTS_MAX = 500;
const JUDGEMENT_MAX = 2000;
const SAFE_ADDRESS_MAX = 500;

/**
 * The "refer to MARAC" form on a case. The children in the household are the case's children and
 * the referring agency is the screener's own, so neither is asked. marac applies the criteria
 * (DASH, call-outs, repeat); the form asks for at least one thing they can be applied to, because
 * a case is referred once, and one referred with nothing to go on could not be referred again.
 */
export function parseMaracReferral(
  body: FormBody,
  context: { details: CaseDetails; agency: string; today: Date },
): Parsed<NewMaracReferral> {
  const errors: FieldError[] = [];
  const victim = person(body, 'victim', 'the victim', errors, context.today);
  const perpetrator = person(body, 'perpetrator', 'the person causing harm', errors, context.today);
  const dashYesCount = wholeNumber(body, 'dashYesCount', 'The DASH score', DASH_QUESTIONS, errors);
  const callOutsInLast12Months = wholeNumber(
    body,
    'callOutsInLast12Months',
    'The number of police call-outs',
    CALL_OUTS_MAX,
    errors,
  );
  const professionalJudgementReason = text(body, 'professionalJudgementReason');
  if (professionalJudgementReason.length > JUDGEMENT_MAX)
    errors.push({
      field: 'professionalJudgementReason',
      text: `Shorten your professional judgement (${JUDGEMENT_MAX} characters or fewer)`,
    });
  const nothingToGoOn =
    !text(body, 'dashYesCount') && !text(body, 'callOutsInLast12Months') && !professionalJudgementReason;
  if (nothingToGoOn)
    errors.push({
      field: 'dashYesCount',
      text: 'Enter the DASH score, the police call-outs or your professional judgement',
    });
  const victimSafeAddress = text(body, 'victimSafeAddress');
  if (victimSafeAddress.length > SAFE_ADDRESS_MAX)
    errors.push({
      field: 'victimSafeAddress',
      text: `Shorten the safe address (${SAFE_ADDRESS_MAX} characters or fewer)`,
    });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      screeningCaseId: context.details.id,
      victim,
      perpetrator,
      childrenInHousehold: context.details.children.map(({ details }) => ({
        firstName: details.firstName,
        lastName: details.lastName,
        ...(details.dateOfBirth && { dateOfBirth: details.dateOfBirth }),
        ...(details.nhsNumber && { nhsNumber: details.nhsNumber }),
        ...(details.upn && { upn: details.upn }),
      })),
      referringAgency: context.agency,
      ...(dashYesCount !== undefined && { dashYesCount }),
      ...(callOutsInLast12Months !== undefined && { callOutsInLast12Months }),
      ...(professionalJudgementReason && { professionalJudgementReason }),
      ...(victimSafeAddress && { victimSafeAddress }),
    },
  };
}

function person(body: FormBody, prefix: string, who: string, errors: FieldError[], today: Date): NewMaracPerson {
  const firstName = required(body, `${prefix}FirstName`, `Enter the first name of ${who}`, errors);
  const lastName = required(body, `${prefix}LastName`, `Enter the last name of ${who}`, errors);
  const field = `${prefix}DateOfBirth`;
  const given = ['day', 'month', 'year'].some((part) => text(body, `${field}-${part}`) !== '');
  // Optional, but it is how marac finds this pair's earlier referrals (a repeat) whatever the spelling.
  const dateOfBirth = given ? parseDateInput(body, field, `the date of birth of ${who}`, 'past', today) : {};
  if (dateOfBirth.error) errors.push(dateOfBirth.error);
  return { firstName, lastName, ...(dateOfBirth.value && { dateOfBirth: dateOfBirth.value }) };
}

function wholeNumber(
  body: FormBody,
  field: string,
  label: string,
  max: number,
  errors: FieldError[],
): number | undefined {
  const value = text(body, field);
  if (!value) return undefined;
  if (!/^\d{1,4}$/.test(value) || Number(value) > max) {
    errors.push({ field, text: `${label} must be a whole number from 0 to ${max}` });
    return undefined;
  }
  return Number(value);
}
