import { normaliseName } from '@frontdoor/identifiers';

/** An adult as a contact named them (the fields of AdultV1 the child's page shows). */
export interface NamedAdult {
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
  relationshipToChildren: string;
  livesWithChildren: boolean;
}

export interface ContactAdults {
  reference: string;
  /** ISO instant. */
  receivedAt: string;
  adults: readonly NamedAdult[];
}

export interface HouseholdMember {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  /** As the most recent contact put it. */
  relationshipToChildren: string;
  livesWithChildren: boolean;
  /** The contacts that named this adult, newest first. */
  namedOn: string[];
}

/**
 * The adults around a child, from every contact about them: one entry per adult however often
 * they were named (same normalised name, and the same date of birth where both are known), with
 * what the most recent contact said. A household is what referrers told us, not a verified fact.
 */
export function householdFromContacts(contacts: readonly ContactAdults[]): HouseholdMember[] {
  const newestFirst = [...contacts].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const members: (HouseholdMember & { key: string })[] = [];
  for (const contact of newestFirst) {
    for (const adult of contact.adults) {
      const key = `${normaliseName(adult.firstName)}|${normaliseName(adult.lastName)}`;
      const known = members.find(
        (member) =>
          member.key === key && (!member.dateOfBirth || !adult.dateOfBirth || member.dateOfBirth === adult.dateOfBirth),
      );
      if (known) {
        if (!known.namedOn.includes(contact.reference)) known.namedOn.push(contact.reference);
        known.dateOfBirth ??= adult.dateOfBirth ?? null;
        continue;
      }
      members.push({
        key,
        firstName: adult.firstName,
        lastName: adult.lastName,
        dateOfBirth: adult.dateOfBirth ?? null,
        relationshipToChildren: adult.relationshipToChildren,
        livesWithChildren: adult.livesWithChildren,
        namedOn: [contact.reference],
      });
    }
  }
  return members.map(({ key: _key, ...member }) => member);
}
