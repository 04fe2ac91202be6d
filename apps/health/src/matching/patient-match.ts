import { isValidNhsNumber, normaliseName, normaliseNhsNumber, normalisePostcode } from '@frontdoor/identifiers';

/** Who the front door says a person is (the identifiers an information request carries). */
export interface SubjectIdentity {
  firstName: string;
  lastName: string;
  /** 'yyyy-MM-dd' when known. */
  dateOfBirth?: string;
  nhsNumber?: string;
  postcode?: string;
}

/** What matching needs of a patient record: its keys, already normalised when stored. */
export interface PatientKeys {
  patientId: string;
  nhsNumber: string;
  firstNameKey: string;
  lastNameKey: string;
  dateOfBirth: string;
  /** The address postcode on the record, never a safe address. */
  postcode: string | null;
}

/** The keys a subject can be looked up by. */
export interface LookupKeys {
  /** Ten digits, only when the number passes the modulus-11 check. */
  nhsNumber?: string;
  /** Only when both names and the date of birth are known. */
  nameAndBirth?: { firstNameKey: string; lastNameKey: string; dateOfBirth: string };
  /** Normalised, only when shaped like a UK postcode. */
  postcode?: string;
}

export type MatchedOn = 'nhs-number' | 'name-dob-postcode';

/** Why records were found but not matched: a person should look, the records must not guess. */
export type UnconfirmedReason =
  'nhs-number-details-differ' | 'nhs-number-conflict' | 'several-patients' | 'postcode-differs' | 'postcode-unknown';

export type PatientMatch =
  | { outcome: 'matched'; patientId: string; matchedOn: MatchedOn }
  | { outcome: 'unconfirmed'; reason: UnconfirmedReason; candidateIds: string[] }
  | { outcome: 'not-found' }
  | { outcome: 'insufficient-identifiers' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export function lookupKeys(subject: SubjectIdentity): LookupKeys {
  const keys: LookupKeys = {};
  if (subject.nhsNumber && isValidNhsNumber(subject.nhsNumber)) keys.nhsNumber = normaliseNhsNumber(subject.nhsNumber);
  const firstNameKey = normaliseName(subject.firstName ?? '');
  const lastNameKey = normaliseName(subject.lastName ?? '');
  const dateOfBirth = isoDate(subject.dateOfBirth);
  if (firstNameKey && lastNameKey && dateOfBirth) keys.nameAndBirth = { firstNameKey, lastNameKey, dateOfBirth };
  const postcode = subject.postcode ? normalisePostcode(subject.postcode) : null;
  if (postcode) keys.postcode = postcode;
  return keys;
}

/**
 * Which patient this subject is, by the NHS number first (the identifier health holds for
 * everyone), else by exact normalised first and last name with date of birth AND postcode.
 * Never on a name alone, never on a near miss: "Ollie" is not "Oliver", and a transposed letter
 * is a different name. Sharing one child's health record as another's is a safeguarding harm, so
 * whenever the records found disagree with what the request says, nothing is matched and the
 * answer says a person needs to check (unconfirmed), with the candidates for that person to see.
 *
 * `candidates` are the patients with the subject's NHS number or its name keys and date of birth
 * (see lookupKeys); any others are ignored.
 */
export function choosePatient(subject: SubjectIdentity, candidates: readonly PatientKeys[]): PatientMatch {
  const keys = lookupKeys(subject);
  if (!keys.nhsNumber && !keys.nameAndBirth) return { outcome: 'insufficient-identifiers' };

  if (keys.nhsNumber) {
    const byNumber = candidates.find((patient) => normaliseNhsNumber(patient.nhsNumber) === keys.nhsNumber);
    if (byNumber) {
      if (keys.nameAndBirth && detailsDiffer(keys.nameAndBirth, byNumber)) {
        return { outcome: 'unconfirmed', reason: 'nhs-number-details-differ', candidateIds: [byNumber.patientId] };
      }
      return { outcome: 'matched', patientId: byNumber.patientId, matchedOn: 'nhs-number' };
    }
  }

  if (!keys.nameAndBirth) return { outcome: 'not-found' };
  const sameNameAndBirth = candidates.filter((patient) => sameNameAndDateOfBirth(keys.nameAndBirth!, patient));
  if (sameNameAndBirth.length === 0) return { outcome: 'not-found' };
  const ids = sameNameAndBirth.map((patient) => patient.patientId);

  // Every patient has an NHS number: one found by name that holds another number is someone else
  // (or a mistyped number), and either way not something to guess about.
  if (keys.nhsNumber) return { outcome: 'unconfirmed', reason: 'nhs-number-conflict', candidateIds: ids };
  if (!keys.postcode) return { outcome: 'unconfirmed', reason: 'postcode-unknown', candidateIds: ids };

  const atPostcode = sameNameAndBirth.filter(
    (patient) => patient.postcode && normalisePostcode(patient.postcode) === keys.postcode,
  );
  if (atPostcode.length === 0) return { outcome: 'unconfirmed', reason: 'postcode-differs', candidateIds: ids };
  if (atPostcode.length > 1) {
    return {
      outcome: 'unconfirmed',
      reason: 'several-patients',
      candidateIds: atPostcode.map((patient) => patient.patientId),
    };
  }
  return { outcome: 'matched', patientId: atPostcode[0].patientId, matchedOn: 'name-dob-postcode' };
}

/** What the answer says when records were found but not matched. Names no identifier. */
export function unconfirmedExplanation(reason: UnconfirmedReason): string {
  switch (reason) {
    case 'nhs-number-details-differ':
      return 'The NHS number given belongs to a patient whose name and date of birth differ from the request; not matched. Check the NHS number.';
    case 'nhs-number-conflict':
      return 'A patient has this name and date of birth but a different NHS number; not matched. Check the NHS number.';
    case 'several-patients':
      return 'Several patients share this name, date of birth and postcode; not matched. Send the NHS number.';
    case 'postcode-differs':
      return 'A patient has this name and date of birth at a different postcode; not matched on name alone. Send the NHS number.';
    case 'postcode-unknown':
      return 'A patient has this name and date of birth, but without an NHS number or postcode the match cannot be confirmed. Send the NHS number.';
  }
}

function sameNameAndDateOfBirth(key: NonNullable<LookupKeys['nameAndBirth']>, patient: PatientKeys): boolean {
  return (
    normaliseName(patient.firstNameKey) === key.firstNameKey &&
    normaliseName(patient.lastNameKey) === key.lastNameKey &&
    isoDate(patient.dateOfBirth) === key.dateOfBirth
  );
}

/**
 * The NHS number is trusted over a misspelt or changed name (a nickname, a new surname), but not
 * when the request describes someone else entirely: a different date of birth AND a different
 * surname mean the number was most likely copied from another person's record.
 */
function detailsDiffer(key: NonNullable<LookupKeys['nameAndBirth']>, patient: PatientKeys): boolean {
  return isoDate(patient.dateOfBirth) !== key.dateOfBirth && normaliseName(patient.lastNameKey) !== key.lastNameKey;
}

function isoDate(value: string | undefined | null): string | undefined {
  return value && ISO_DATE.test(value) ? value.slice(0, 10) : undefined;
}
