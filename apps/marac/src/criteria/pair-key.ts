import { normaliseName } from '@frontdoor/identifiers';

export interface PairPerson {
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
}

/**
 * The key that finds the same victim and perpetrator across sources: normalised names plus date
 * of birth, so "Siobhán O'Neill" from police and "siobhan oneill" from a health referral match.
 * Without a date of birth on both people there is no key: names alone would join strangers, so a
 * pair without dates of birth is never matched automatically (a coordinator can still refer).
 */
export function pairKey(victim: PairPerson, perpetrator: PairPerson): string | undefined {
  if (!victim.dateOfBirth || !perpetrator.dateOfBirth) return undefined;
  return `${personKey(victim)}#${personKey(perpetrator)}`;
}

function personKey(person: PairPerson): string {
  return `${normaliseName(person.firstName)}|${normaliseName(person.lastName)}|${person.dateOfBirth!.slice(0, 10)}`;
}
