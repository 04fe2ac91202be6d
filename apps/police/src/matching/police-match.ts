import { normaliseName, normalisePostcode } from '@frontdoor/identifiers';
import { nameKeysSimilar } from './name-similarity';

/** Who the front door asks about: police match on name and date of birth (and postcode). */
export interface SubjectIdentity {
  firstName: string;
  lastName: string;
  /** 'yyyy-MM-dd' */
  dateOfBirth?: string;
  postcode?: string;
}

/** A person on police records, with every name police hold for them. */
export interface CandidatePerson {
  personId: string;
  /** Normalised first and last name keys: the recorded name, then any aliases. */
  names: readonly { firstNameKey: string; lastNameKey: string }[];
  dateOfBirth: string | null;
  /** Normalised home postcode, when held. */
  postcode: string | null;
  /** Normalised postcode of a safe (refuge) address, when held. Never reported. */
  safePostcode: string | null;
}

/**
 * `name-dob-postcode` when the postcode on the request agrees with the postcode police hold as
 * the person's home; `name-dob` when either side has no postcode (or it agreed only with a safe
 * address, which an answer must not confirm).
 */
export type PoliceMatchedOn = 'name-dob-postcode' | 'name-dob';

export type PoliceMatch =
  | { matched: true; personId: string; matchedOn: PoliceMatchedOn }
  | {
      matched: false;
      /** Why not, without naming any identifier: safe to log and to record. */
      reason: string;
      /**
       * Records that might be this person but were not matched (a similar name, a different
       * postcode, several equal records): an officer can confirm; an answer never guesses.
       */
      possibleMatches: number;
    };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Finds the one police record that is this subject: the same normalised first and last name
 * (as recorded, or a recorded alias) and the same date of birth, and, when both the request and
 * the record have a postcode, the same postcode. "O'Brien" and "obrien" agree, as do "Zoë" and
 * "Zoe"; "Jon" and "John", or "Bill" and "William", do not: a near miss is counted as a possible
 * match for an officer to confirm, never matched automatically, because linking the wrong
 * person's police history to a child is a safeguarding risk of its own.
 */
export function matchPoliceSubject(subject: SubjectIdentity, candidates: readonly CandidatePerson[]): PoliceMatch {
  const firstNameKey = normaliseName(subject.firstName);
  const lastNameKey = normaliseName(subject.lastName);
  const dateOfBirth = subject.dateOfBirth?.slice(0, 10);
  if (!firstNameKey || !lastNameKey || !dateOfBirth || !ISO_DATE.test(dateOfBirth)) {
    return {
      matched: false,
      reason: 'Police match on first name, last name and date of birth; not all were given.',
      possibleMatches: 0,
    };
  }
  const postcode = subject.postcode ? normalisePostcode(subject.postcode) : null;
  const sameBirthday = candidates.filter((person) => person.dateOfBirth?.slice(0, 10) === dateOfBirth);
  const sameName = sameBirthday.filter((person) =>
    person.names.some((name) => name.firstNameKey === firstNameKey && name.lastNameKey === lastNameKey),
  );
  const postcodeAgrees = (person: CandidatePerson) =>
    !postcode || !person.postcode || person.postcode === postcode || person.safePostcode === postcode;
  const found = sameName.filter(postcodeAgrees);
  const elsewhere = sameName.length - found.length;

  if (found.length === 1) {
    const [person] = found;
    return {
      matched: true,
      personId: person.personId,
      matchedOn: postcode && person.postcode === postcode ? 'name-dob-postcode' : 'name-dob',
    };
  }
  if (found.length > 1) {
    return {
      matched: false,
      reason: `${found.length} police records share this name and date of birth; an officer must confirm which, if any.`,
      possibleMatches: found.length,
    };
  }
  const similar = sameBirthday.filter(
    (person) =>
      !sameName.includes(person) && person.names.some((name) => namesSimilar(name, { firstNameKey, lastNameKey })),
  ).length;
  if (elsewhere + similar === 0) {
    return { matched: false, reason: 'No police record has this name and date of birth.', possibleMatches: 0 };
  }
  return {
    matched: false,
    reason:
      elsewhere > 0
        ? 'A police record has this name and date of birth at a different postcode; not matched automatically.'
        : 'A police record with the same date of birth has a similar name; not matched automatically.',
    possibleMatches: elsewhere + similar,
  };
}

type NameKeys = { firstNameKey: string; lastNameKey: string };

/** Both names similar, or first and last name swapped (a common slip on forms). */
function namesSimilar(recorded: NameKeys, asked: NameKeys): boolean {
  const similar =
    nameKeysSimilar(recorded.firstNameKey, asked.firstNameKey) &&
    nameKeysSimilar(recorded.lastNameKey, asked.lastNameKey);
  const swapped = recorded.firstNameKey === asked.lastNameKey && recorded.lastNameKey === asked.firstNameKey;
  return similar || swapped;
}
