/**
 * The idempotency key of the contact raised for one child of a police notice: one per incident
 * and child, so a republished incident never makes a second contact, and the notice's contacts
 * can be found again by its id.
 */
export function policeIncidentKey(incidentId: string, childIndex: number): string {
  return `${policeIncidentKeyPrefix(incidentId)}${childIndex}`;
}

export function policeIncidentKeyPrefix(incidentId: string): string {
  return `police-incident:${incidentId}:child:`;
}
