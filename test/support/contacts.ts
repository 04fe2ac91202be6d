import { ConcernCategory, ContactDetailsV1 } from '@frontdoor/contracts';
import { formatNhsNumber, generateNhsNumber } from '@frontdoor/identifiers';
import { randomUUID } from 'node:crypto';
import { EXAMPLE_CONTACT } from '../../apps/intake/src/contacts/contact.example';
import { childKnownToAllAgencies } from '../../deploy/local/demo-known-child';

/**
 * A valid contact about a child no other test uses: a fresh NHS number and a marker in the
 * narrative, so assertions can find exactly this test's data in shared test databases.
 */
export function uniqueContact(overrides: { nhsNumber?: string; marker?: string; domesticAbuse?: boolean } = {}): {
  body: ContactDetailsV1;
  marker: string;
  nhsNumber: string;
} {
  const marker = overrides.marker ?? `marker-${randomUUID()}`;
  const nhsNumber = overrides.nhsNumber ?? generateNhsNumber();
  const body = structuredClone(EXAMPLE_CONTACT) as ContactDetailsV1;
  body.children[0].nhsNumber = nhsNumber;
  body.concerns.narrative = `${body.concerns.narrative} (${marker})`;
  // Domestic abuse makes a case a joint decision with police and the DA advisor: opt in.
  if (!overrides.domesticAbuse) body.concerns.categories = [ConcernCategory.EmotionalAbuse];
  return { body, marker, nhsNumber };
}

/**
 * The child whom police, health and education all hold (deploy/local/demo-known-child.ts), as a
 * contact names them, so each agency's records answer with facts.
 */
export function childKnownToAgencies(): ContactDetailsV1['children'][number] {
  const child = childKnownToAllAgencies().person;
  return {
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirthStatus: 'known',
    dateOfBirth: child.dateOfBirth,
    nhsNumber: formatNhsNumber(child.nhsNumber),
    upn: child.upn,
    address: { postcode: child.postcode },
    viewsNotObtainedReason: 'Not yet spoken with',
  } as ContactDetailsV1['children'][number];
}

/** A school's contact about that child (neglect, no adults), with a marker in the narrative. */
export function contactAboutKnownChild(marker: string): ContactDetailsV1 {
  const contact = structuredClone(EXAMPLE_CONTACT) as ContactDetailsV1;
  contact.children = [childKnownToAgencies()];
  contact.adults = [];
  contact.concerns.categories = [ConcernCategory.Neglect];
  contact.concerns.narrative = `Often collected late and found alone at the gate (${marker}).`;
  return contact;
}
