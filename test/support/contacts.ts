import { ConcernCategory, ContactDetailsV1 } from '@frontdoor/contracts';
import { generateNhsNumber } from '@frontdoor/identifiers';
import { randomUUID } from 'node:crypto';
import { EXAMPLE_CONTACT } from '../../apps/intake/src/contacts/contact.example';

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
