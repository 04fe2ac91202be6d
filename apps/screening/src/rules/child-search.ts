import {
  isValidNhsNumber,
  isValidUpn,
  normaliseName,
  normaliseNhsNumber,
  normalisePostcode,
  normaliseUpn,
} from '@frontdoor/identifiers';

/**
 * Finding a child the front door already knows, as a screener searches on the phone: by name
 * (however the caller spells it), date of birth, NHS number, UPN or postcode. A search proposes
 * children for a person to recognise; it never links records (that stays with person-match).
 */

/** The most children one search returns: more means the search needs another detail. */
export const CHILD_SEARCH_LIMIT = 50;

/**
 * pg_trgm similarity at or above which two name keys count as a similar spelling
 * ("sampleton" and "sampelton" score 0.43; "smith" and "jones" 0).
 */
export const SIMILAR_SPELLING_THRESHOLD = 0.4;

/** What a person typed into the search. */
export interface ChildSearchInput {
  firstName?: string;
  lastName?: string;
  /** 'yyyy-MM-dd'. */
  dateOfBirth?: string;
  nhsNumber?: string;
  upn?: string;
  postcode?: string;
}

/** The search as the person index stores its keys. */
export interface ChildSearchKeys {
  firstNameKey?: string;
  lastNameKey?: string;
  dateOfBirth?: string;
  nhsNumber?: string;
  upn?: string;
  postcode?: string;
}

const CRITERION_LABELS: Record<keyof ChildSearchKeys, string> = {
  firstNameKey: 'first name',
  lastNameKey: 'last name',
  dateOfBirth: 'date of birth',
  nhsNumber: 'NHS number',
  upn: 'UPN',
  postcode: 'postcode',
};

/**
 * The keys to search by, or null when nothing searchable was given (blank boxes, or a name of
 * punctuation only). Identifiers are normalised as the index stores them; one that fails its
 * check is kept as typed, so it finds nothing rather than being silently dropped.
 */
export function childSearchKeys(input: ChildSearchInput): ChildSearchKeys | null {
  const keys: ChildSearchKeys = {};
  const firstNameKey = normaliseName(input.firstName ?? '');
  const lastNameKey = normaliseName(input.lastName ?? '');
  if (firstNameKey) keys.firstNameKey = firstNameKey;
  if (lastNameKey) keys.lastNameKey = lastNameKey;
  if (input.dateOfBirth?.trim()) keys.dateOfBirth = input.dateOfBirth.trim().slice(0, 10);
  const nhsNumber = input.nhsNumber?.trim();
  if (nhsNumber) keys.nhsNumber = isValidNhsNumber(nhsNumber) ? normaliseNhsNumber(nhsNumber) : nhsNumber;
  const upn = input.upn?.trim();
  if (upn) keys.upn = isValidUpn(upn) ? normaliseUpn(upn) : upn.toUpperCase();
  const postcode = input.postcode?.trim();
  if (postcode) keys.postcode = normalisePostcode(postcode) ?? postcode.toUpperCase();
  return Object.keys(keys).length > 0 ? keys : null;
}

/** Which criteria a search used, for the audit trail: kinds only, never the values. */
export function searchedBy(keys: ChildSearchKeys): string {
  return (Object.keys(CRITERION_LABELS) as (keyof ChildSearchKeys)[])
    .filter((key) => keys[key] !== undefined)
    .map((key) => CRITERION_LABELS[key])
    .join(', ');
}

/** How one name in the index compares with the name searched for, as Postgres measured it. */
export interface NameComparison {
  exact: boolean;
  /** Double Metaphone codes agree (fuzzystrmatch): "Ava" and "Eva", "Smith" and "Smyth". */
  soundsAlike: boolean;
  /** pg_trgm similarity, 0 to 1. */
  similarity: number;
}

export type NameAgreement = 'exact' | 'sounds-like' | 'similar-spelling' | 'different';

export function nameAgreement(comparison: NameComparison): NameAgreement {
  if (comparison.exact) return 'exact';
  if (comparison.soundsAlike) return 'sounds-like';
  if (comparison.similarity >= SIMILAR_SPELLING_THRESHOLD) return 'similar-spelling';
  return 'different';
}

/** A child the index proposes, with how their names compare (only for the names searched). */
export interface SearchCandidate {
  personId: string;
  firstName?: NameComparison;
  lastName?: NameComparison;
  /** When the child was last the subject of a contact, ISO: the more recent, the likelier. */
  lastContactAt: string;
}

export interface RankedCandidate {
  personId: string;
  /** Why this child is proposed, in words a screener reads beside the result. */
  matchedOn: string[];
  /** Every searched name agrees exactly (or no name was searched). */
  exact: boolean;
}

const AGREEMENT_RANK: Record<NameAgreement, number> = {
  exact: 0,
  'sounds-like': 1,
  'similar-spelling': 2,
  different: 3,
};

/**
 * The candidates whose every searched name agrees, closest first: exact names before names that
 * sound alike before similar spellings, then the most recently referred. Identifiers (NHS number,
 * UPN, date of birth, postcode) were matched exactly by the query and are named as such.
 */
export function rankCandidates(keys: ChildSearchKeys, candidates: readonly SearchCandidate[]): RankedCandidate[] {
  const exactCriteria = (['nhsNumber', 'upn', 'dateOfBirth', 'postcode'] as const)
    .filter((key) => keys[key] !== undefined)
    .map((key) => CRITERION_LABELS[key]);
  const judged = candidates.map((candidate) => {
    const names = [
      { label: 'first name', agreement: candidate.firstName ? nameAgreement(candidate.firstName) : undefined },
      { label: 'last name', agreement: candidate.lastName ? nameAgreement(candidate.lastName) : undefined },
    ].filter((name): name is { label: string; agreement: NameAgreement } => name.agreement !== undefined);
    return { candidate, names };
  });
  return judged
    .filter(({ names }) => names.every((name) => name.agreement !== 'different'))
    .map(({ candidate, names }) => ({
      candidate,
      names,
      rank: names.reduce((total, name) => total + AGREEMENT_RANK[name.agreement], 0),
    }))
    .sort((a, b) => a.rank - b.rank || b.candidate.lastContactAt.localeCompare(a.candidate.lastContactAt))
    .map(({ candidate, names }) => ({
      personId: candidate.personId,
      matchedOn: [...exactCriteria, ...names.map(describeName)],
      exact: names.every((name) => name.agreement === 'exact'),
    }));
}

function describeName({ label, agreement }: { label: string; agreement: NameAgreement }): string {
  if (agreement === 'sounds-like') return `${label} sounds alike`;
  if (agreement === 'similar-spelling') return `${label} spelt similarly`;
  return label;
}
