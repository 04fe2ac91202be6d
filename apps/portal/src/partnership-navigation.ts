import { Role } from '@frontdoor/auth';

export interface NavigationItem {
  href: string;
  text: string;
  active: boolean;
}

/**
 * The partnership sections, each offered only to the roles its service lets in (the roles on the
 * service's own routes), so no link leads to a refusal: education's Encompass routes for school
 * DSLs; police's notices (PPNs) for officers; each agency's held information requests for its
 * practitioners (police, health, education); screening's joint decisions for police, the DA
 * advisor, screeners and managers (who resolve disagreements); marac's agendas for the
 * coordinator, the DA advisor and police; strategy's discussions for its readers; each invited
 * agency's strategy invitations for its practitioners.
 */
const SECTIONS: { href: string; text: string; roles: Role[]; paths: string[] }[] = [
  { href: '/encompass', text: 'Police notifications', roles: [Role.SchoolDsl], paths: ['/encompass'] },
  { href: '/ppns', text: 'Public protection notices', roles: [Role.PoliceOfficer], paths: ['/ppns'] },
  {
    href: '/information-requests',
    text: 'Information requests',
    roles: [Role.PoliceOfficer, Role.HealthPractitioner, Role.EducationOfficer],
    paths: ['/information-requests'],
  },
  {
    href: '/joint-decisions',
    text: 'Joint decisions',
    roles: [Role.PoliceOfficer, Role.DaAdvisor],
    paths: ['/joint-decisions', '/cases'],
  },
  // Screeners record the front door's view and managers resolve disagreements; for both a case
  // page belongs to the worklist.
  {
    href: '/joint-decisions',
    text: 'Joint decisions',
    roles: [Role.Screener, Role.Manager],
    paths: ['/joint-decisions'],
  },
  {
    href: '/marac',
    text: 'MARAC',
    roles: [Role.MaracCoordinator, Role.DaAdvisor, Role.PoliceOfficer],
    paths: ['/marac'],
  },
  {
    href: '/strategy',
    text: 'Strategy discussions',
    roles: [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.Auditor],
    paths: ['/strategy'],
  },
  {
    href: '/strategy-invitations',
    text: 'Strategy invitations',
    roles: [Role.PoliceOfficer, Role.HealthPractitioner, Role.EducationOfficer],
    paths: ['/strategy-invitations'],
  },
];

export function partnershipNavigation(roles: readonly string[], path: string): NavigationItem[] {
  const sections = SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
  // One link per page, even for someone with several roles.
  const unique = sections.filter(
    (section, index) => sections.findIndex((other) => other.href === section.href) === index,
  );
  return unique.map((section) => ({
    href: section.href,
    text: section.text,
    active: section.paths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)),
  }));
}
