import { isValidUpn, normaliseName, normalisePostcode, normaliseUpn } from '@frontdoor/identifiers';

/** Who the front door says the child is (a request subject). */
export interface SubjectIdentity {
  firstName: string;
  lastName: string;
  /** yyyy-MM-dd */
  dateOfBirth?: string;
  upn?: string;
  postcode?: string;
}

/** What education holds to recognise a pupil. */
export interface PupilIdentity {
  pupilId: string;
  upn: string;
  firstNameKey: string;
  lastNameKey: string;
  dateOfBirth: string;
  postcode?: string | null;
}

export type PupilMatchedOn = 'upn' | 'name-dob-postcode' | 'name-dob';

export type PupilMatch = { pupilId: string; matchedOn: PupilMatchedOn } | { pupilId: null; reason: string };

/** The keys to look candidates up by (the database narrows; choosePupilMatch decides). */
export interface PupilLookupKeys {
  upn?: string;
  name?: { firstNameKey: string; lastNameKey: string; dateOfBirth: string };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export function pupilLookupKeys(subject: SubjectIdentity): PupilLookupKeys {
  const keys: PupilLookupKeys = {};
  if (subject.upn && isValidUpn(subject.upn)) keys.upn = normaliseUpn(subject.upn);
  const firstNameKey = normaliseName(subject.firstName);
  const lastNameKey = normaliseName(subject.lastName);
  const dateOfBirth = isoDate(subject.dateOfBirth);
  if (firstNameKey && lastNameKey && dateOfBirth) keys.name = { firstNameKey, lastNameKey, dateOfBirth };
  return keys;
}

/**
 * Which pupil the subject is: by UPN first, else by exact normalised first and last name with date
 * of birth, and postcode too when both sides have one. Similar is never enough: a nickname or a
 * transposed letter is not matched, and nothing is matched when the evidence disagrees (the UPN's
 * pupil has another date of birth, a name match holds another UPN) or when several pupils fit.
 * Sharing one child's school record as another's is the harm to avoid; "not known" is the safe
 * answer. Reasons name no identifiers, so they can be logged.
 */
export function choosePupilMatch(subject: SubjectIdentity, candidates: readonly PupilIdentity[]): PupilMatch {
  const keys = pupilLookupKeys(subject);
  const pupils = candidates.map(normaliseCandidate);
  const subjectPostcode = subject.postcode ? normalisePostcode(subject.postcode) : null;

  if (keys.upn) {
    const found = pupils.filter((pupil) => pupil.upn === keys.upn);
    if (found.length === 1) {
      const dob = isoDate(subject.dateOfBirth);
      if (dob && found[0].dateOfBirth !== dob) {
        return { pupilId: null, reason: 'A pupil has this UPN but a different date of birth; not matched.' };
      }
      return { pupilId: found[0].pupilId, matchedOn: 'upn' };
    }
    if (found.length > 1)
      return { pupilId: null, reason: `${found.length} pupils share this UPN; the roll needs correcting.` };
  }

  if (!keys.name) {
    return {
      pupilId: null,
      reason: keys.upn
        ? 'No pupil has this UPN, and without a date of birth there is nothing else to match on.'
        : 'No valid UPN and no date of birth: nothing to match on.',
    };
  }
  const { firstNameKey, lastNameKey, dateOfBirth } = keys.name;
  const byName = pupils.filter(
    (pupil) =>
      pupil.firstNameKey === firstNameKey && pupil.lastNameKey === lastNameKey && pupil.dateOfBirth === dateOfBirth,
  );
  if (byName.length === 0) return { pupilId: null, reason: 'No pupil has this UPN, or this name and date of birth.' };
  if (keys.upn && byName.some((pupil) => pupil.upn !== keys.upn)) {
    return { pupilId: null, reason: 'A pupil with this name and date of birth has a different UPN; not matched.' };
  }
  const agreeing = byName.filter((pupil) => !subjectPostcode || !pupil.postcode || pupil.postcode === subjectPostcode);
  if (agreeing.length === 0) {
    return { pupilId: null, reason: 'A pupil has this name and date of birth but a different postcode; not matched.' };
  }
  if (agreeing.length > 1) {
    return { pupilId: null, reason: `${agreeing.length} pupils share this name and date of birth; not matched.` };
  }
  const [pupil] = agreeing;
  return { pupilId: pupil.pupilId, matchedOn: subjectPostcode && pupil.postcode ? 'name-dob-postcode' : 'name-dob' };
}

function normaliseCandidate(pupil: PupilIdentity): PupilIdentity {
  return {
    ...pupil,
    upn: normaliseUpn(pupil.upn),
    firstNameKey: normaliseName(pupil.firstNameKey),
    lastNameKey: normaliseName(pupil.lastNameKey),
    dateOfBirth: isoDate(pupil.dateOfBirth) ?? pupil.dateOfBirth,
    postcode: pupil.postcode ? (normalisePostcode(pupil.postcode) ?? pupil.postcode) : null,
  };
}

function isoDate(value: string | undefined): string | undefined {
  return value && ISO_DATE.test(value) ? value.slice(0, 10) : undefined;
}
