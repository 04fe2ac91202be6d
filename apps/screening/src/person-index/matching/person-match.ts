import {
  isValidNhsNumber,
  isValidUpn,
  normaliseName,
  normaliseNhsNumber,
  normalisePostcode,
  normaliseUpn,
} from '@frontdoor/identifiers';

/** Who a contact says the child is. */
export interface ChildIdentity {
  firstName: string;
  lastName: string;
  /** 'yyyy-MM-dd' when known. */
  dateOfBirth?: string;
  nhsNumber?: string;
  upn?: string;
  postcode?: string;
}

/** An entry in the screening person index, holding the keys matchKeys produced when it was made. */
export interface IndexedPerson {
  personId: string;
  nhsNumber?: string;
  upn?: string;
  firstNameKey: string;
  lastNameKey: string;
  dateOfBirth?: string;
  postcode?: string;
}

export interface NameKey {
  firstNameKey: string;
  lastNameKey: string;
  dateOfBirth: string;
  postcode: string;
}

/** The keys to look candidates up by, and to store on a new index entry. */
export interface MatchKeys {
  /** Ten digits, only when the number passes the modulus-11 check. */
  nhsNumber?: string;
  /** Upper case without spaces, only when the check letter is right. */
  upn?: string;
  /** Only when both names, the date of birth and a UK postcode are all known. */
  nameKey?: NameKey;
}

export type MatchedOn = 'nhs-number' | 'upn' | 'name-dob-postcode';

export type PersonMatch = { personId: string; matchedOn: MatchedOn } | { personId: null; reason: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Identifiers that fail their check digit are left out rather than matched: a mistyped number,
 * or a placeholder such as 0000000000, would otherwise link unrelated children.
 */
export function matchKeys(child: ChildIdentity): MatchKeys {
  const keys: MatchKeys = {};
  if (child.nhsNumber && isValidNhsNumber(child.nhsNumber)) keys.nhsNumber = normaliseNhsNumber(child.nhsNumber);
  if (child.upn && isValidUpn(child.upn)) keys.upn = normaliseUpn(child.upn);

  const { firstNameKey, lastNameKey } = personNameKeys(child);
  const dateOfBirth = isoDate(child.dateOfBirth);
  const postcode = child.postcode ? normalisePostcode(child.postcode) : null;
  if (firstNameKey && lastNameKey && dateOfBirth && postcode) {
    keys.nameKey = { firstNameKey, lastNameKey, dateOfBirth, postcode };
  }
  return keys;
}

/** The name keys an index entry stores even when the date of birth or postcode is unknown. */
export function personNameKeys(child: Pick<ChildIdentity, 'firstName' | 'lastName'>): {
  firstNameKey: string;
  lastNameKey: string;
} {
  return { firstNameKey: normaliseName(child.firstName), lastNameKey: normaliseName(child.lastName) };
}

/**
 * Which index entry this child is, trying the strongest identifier first: NHS number, then UPN,
 * then exact normalised first and last name with date of birth and postcode. Keys must be equal
 * after normalisation ("O'Brien" and "obrien" agree, as do "Zoë" and "Zoe"); similar is not
 * enough, so a misspelt name makes a new entry rather than a guess.
 *
 * No match is returned, rather than a weaker one, when the entries found disagree with the child
 * on a stronger identifier (a different NHS number or UPN) or when several entries share the key.
 * Linking two different children's records is a safeguarding risk: one child's history, risks
 * and addresses would be read as another's, and information could reach the wrong family. A
 * duplicate record is the lesser harm; a person can merge duplicates later.
 * Reasons name no identifiers, so they are safe to log.
 */
export function choosePersonMatch(child: ChildIdentity, candidates: readonly IndexedPerson[]): PersonMatch {
  const keys = matchKeys(child);
  const people = candidates.map(normaliseCandidate);

  if (keys.nhsNumber) {
    const found = people.filter((person) => person.nhsNumber === keys.nhsNumber);
    if (found.length > 0) return single(found, 'nhs-number', 'NHS number');
  }
  if (keys.upn) {
    const found = people.filter((person) => person.upn === keys.upn);
    if (found.length > 0) {
      const conflict = conflictWith(keys, found, ['nhsNumber'], 'UPN');
      return conflict ?? single(found, 'upn', 'UPN');
    }
  }
  if (keys.nameKey) {
    const key = keys.nameKey;
    const found = people.filter(
      (person) =>
        person.firstNameKey === key.firstNameKey &&
        person.lastNameKey === key.lastNameKey &&
        person.dateOfBirth === key.dateOfBirth &&
        person.postcode === key.postcode,
    );
    if (found.length > 0) {
      const conflict = conflictWith(keys, found, ['nhsNumber', 'upn'], 'name, date of birth and postcode');
      return conflict ?? single(found, 'name-dob-postcode', 'name, date of birth and postcode');
    }
  }
  return { personId: null, reason: noMatchReason(keys) };
}

function single(found: IndexedPerson[], matchedOn: MatchedOn, label: string): PersonMatch {
  if (found.length === 1) return { personId: found[0].personId, matchedOn };
  return {
    personId: null,
    reason: `${found.length} index entries share this child's ${label}; they need merging or correcting before this child can be matched.`,
  };
}

const IDENTIFIER_LABELS = { nhsNumber: 'NHS number', upn: 'UPN' } as const;

/** A no-match when any entry found by a weaker key holds a different stronger identifier. */
function conflictWith(
  keys: MatchKeys,
  found: IndexedPerson[],
  stronger: (keyof typeof IDENTIFIER_LABELS)[],
  label: string,
): PersonMatch | null {
  for (const identifier of stronger) {
    const childValue = keys[identifier];
    if (childValue && found.some((person) => person[identifier] && person[identifier] !== childValue)) {
      return {
        personId: null,
        reason:
          `An index entry with this child's ${label} has a different ${IDENTIFIER_LABELS[identifier]}; ` +
          "not matched, so that two children's records are not linked.",
      };
    }
  }
  return null;
}

function noMatchReason(keys: MatchKeys): string {
  const tried = [
    keys.nhsNumber && 'NHS number',
    keys.upn && 'UPN',
    keys.nameKey && 'name, date of birth and postcode',
  ].filter(Boolean);
  if (tried.length === 0) {
    return 'No valid NHS number or UPN, and name, date of birth and postcode are not all known: nothing to match on.';
  }
  return `No index entry has this child's ${tried.join(', or ')}.`;
}

/** Index rows should already hold keys; normalising again (idempotent) guards against older rows. */
function normaliseCandidate(person: IndexedPerson): IndexedPerson {
  return {
    ...person,
    nhsNumber: person.nhsNumber ? normaliseNhsNumber(person.nhsNumber) : undefined,
    upn: person.upn ? normaliseUpn(person.upn) : undefined,
    firstNameKey: normaliseName(person.firstNameKey),
    lastNameKey: normaliseName(person.lastNameKey),
    dateOfBirth: isoDate(person.dateOfBirth),
    postcode: person.postcode ? (normalisePostcode(person.postcode) ?? person.postcode) : undefined,
  };
}

function isoDate(value: string | undefined): string | undefined {
  return value && ISO_DATE.test(value) ? value.slice(0, 10) : undefined;
}
