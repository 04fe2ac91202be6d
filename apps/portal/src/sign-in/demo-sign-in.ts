import { DEMO_USERS, Role, demoOrganisationName, type DemoUser } from '@frontdoor/auth';
import type { PortalUser } from '../session/portal-session';

const ROLE_GROUPS: { role: Role; heading: string }[] = [
  { role: Role.SchoolDsl, heading: 'Schools' },
  { role: Role.Screener, heading: 'Front door screeners' },
  { role: Role.Manager, heading: 'Front door managers' },
  { role: Role.EmergencyDutySocialWorker, heading: 'Emergency duty team (out of hours)' },
  { role: Role.PoliceOfficer, heading: 'Police' },
  { role: Role.DaAdvisor, heading: 'Domestic abuse advisors' },
  { role: Role.MaracCoordinator, heading: 'MARAC coordinators' },
  { role: Role.HealthPractitioner, heading: 'Health' },
  { role: Role.EducationOfficer, heading: 'Local authority education' },
  { role: Role.Auditor, heading: 'Auditors' },
];

export interface DemoUserGroup {
  heading: string;
  users: DemoUser[];
}

/** The seeded demo users, grouped by their first role, in the order people look for them. */
export function demoUsersByRole(users: readonly DemoUser[] = DEMO_USERS): DemoUserGroup[] {
  const groups = ROLE_GROUPS.map(({ role, heading }) => ({
    heading,
    users: users.filter((user) => user.roles[0] === role),
  }));
  const known = new Set(ROLE_GROUPS.map((group) => group.role));
  const others = users.filter((user) => !known.has(user.roles[0]));
  if (others.length > 0) groups.push({ heading: 'Others', users: others });
  return groups.filter((group) => group.users.length > 0);
}

/** A demo user as the session keeps them, with a readable organisation name. */
export function portalUserFor(user: DemoUser): PortalUser & { organisationName: string } {
  return {
    subject: user.subject,
    name: user.name,
    roles: [...user.roles],
    agency: user.agency,
    organisation: user.organisation,
    organisationName: demoOrganisationName(user.organisation),
  };
}
