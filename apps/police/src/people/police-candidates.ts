import { normalisePostcode } from '@frontdoor/identifiers';
import { EntityManager, In } from 'typeorm';
import { CandidatePerson } from '../matching/police-match';
import { safeAddressValues } from '../records/police-answer';
import { PersonAlias, PolicePerson } from './police-person.entity';

export interface PoliceCandidate {
  candidate: CandidatePerson;
  /** The police national computer id partners use to name this person (MARAC repeat detection). */
  pncId: string;
  /** Held beside the candidate so callers can keep it from leaving; never part of a match. */
  safeAddress: string | null;
}

/**
 * Everyone on police records born on one of these days, with every name police hold for them:
 * the people `matchPoliceSubject` chooses from (and the near misses it counts).
 */
export async function candidatesBornOn(
  manager: EntityManager,
  birthDates: readonly string[],
): Promise<PoliceCandidate[]> {
  const days = [...new Set(birthDates)];
  if (days.length === 0) return [];
  const people = await manager.find(PolicePerson, { where: { dateOfBirth: In(days) } });
  if (people.length === 0) return [];
  const aliases = await manager.find(PersonAlias, { where: { personId: In(people.map((p) => p.id)) } });
  return people.map((person) => ({
    pncId: person.pncId,
    safeAddress: person.safeAddress,
    candidate: {
      personId: person.id,
      names: [
        { firstNameKey: person.firstNameKey, lastNameKey: person.lastNameKey },
        ...aliases
          .filter((a) => a.personId === person.id)
          .map((a) => ({ firstNameKey: a.firstNameKey, lastNameKey: a.lastNameKey })),
      ],
      dateOfBirth: person.dateOfBirth,
      postcode: person.postcode,
      safePostcode: safePostcodeOf(person.safeAddress),
    },
  }));
}

export function safePostcodeOf(safeAddress: string | null): string | null {
  if (!safeAddress) return null;
  return (
    safeAddressValues(safeAddress)
      .map((value) => normalisePostcode(value))
      .find((value) => value !== null) ?? null
  );
}
