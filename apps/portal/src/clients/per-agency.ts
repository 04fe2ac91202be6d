import { Role } from '@frontdoor/auth';

/** The partner agencies whose practitioners work in the portal on their own agency's service. */
export type PractitionerAgency = 'police' | 'health' | 'education';

/** Whose service a practitioner works on: the agency whose service lets their role in. */
export const PRACTITIONER_AGENCY_OF_ROLE: Partial<Record<Role, PractitionerAgency>> = {
  [Role.PoliceOfficer]: 'police',
  [Role.HealthPractitioner]: 'health',
  [Role.EducationOfficer]: 'education',
};

/** The roles that work on an agency service (police officers, health practitioners, education officers). */
export const AGENCY_PRACTITIONERS = Object.keys(PRACTITIONER_AGENCY_OF_ROLE) as Role[];

/**
 * The same client for each agency's own service (the routes libs/information-sharing and
 * libs/strategy-invitations mount on police, health and education), picked by the reader's role.
 */
export class PerAgency<T> {
  constructor(private readonly clients: Record<PractitionerAgency, T>) {}

  /** The client for the practitioner's own agency, or undefined for a role that works on none. */
  forRoles(roles: readonly string[]): { agency: PractitionerAgency; client: T } | undefined {
    const role = AGENCY_PRACTITIONERS.find((candidate) => roles.includes(candidate));
    const agency = role && PRACTITIONER_AGENCY_OF_ROLE[role];
    return agency ? { agency, client: this.clients[agency] } : undefined;
  }
}
