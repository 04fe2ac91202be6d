import { normaliseName } from '@frontdoor/identifiers';

/** How a victim or perpetrator is named in a referral, with whatever identifiers the source had. */
export interface PartyIdentity {
  firstName: string;
  lastName: string;
  dateOfBirth?: string | null;
  nhsNumber?: string | null;
  /** Police national computer id: police resolve name variants and aliases to it. */
  pncId?: string | null;
}

export interface Pair {
  victim: PartyIdentity;
  perpetrator: PartyIdentity;
}

/**
 * Whether two referrals name the same person. An identifier both sides hold decides: equal NHS
 * numbers or PNC ids match whatever the spelling ("Shiobhan" on one, "Siobhán" on the other),
 * and unequal ones keep apart two people who share a name and birthday. Without a shared
 * identifier, normalised names and the date of birth must all agree; names alone never match,
 * as that would join strangers' histories.
 */
export function samePerson(a: PartyIdentity, b: PartyIdentity): boolean {
  const verdicts = [sameIdentifier(a.nhsNumber, b.nhsNumber), sameIdentifier(a.pncId, b.pncId)];
  if (verdicts.includes(true)) return true;
  if (verdicts.includes(false)) return false;
  return (
    !!a.dateOfBirth &&
    a.dateOfBirth.slice(0, 10) === b.dateOfBirth?.slice(0, 10) &&
    normaliseName(a.firstName) === normaliseName(b.firstName) &&
    normaliseName(a.lastName) === normaliseName(b.lastName)
  );
}

/** The same victim with the same perpetrator (the pair a MARAC repeat is about). */
export function samePair(a: Pair, b: Pair): boolean {
  return samePerson(a.victim, b.victim) && samePerson(a.perpetrator, b.perpetrator);
}

/** True or false when both hold the identifier; undefined when either lacks it. */
function sameIdentifier(a: string | null | undefined, b: string | null | undefined): boolean | undefined {
  if (!a || !b) return undefined;
  return a.replace(/\s/g, '').toUpperCase() === b.replace(/\s/g, '').toUpperCase();
}
