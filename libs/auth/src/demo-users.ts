import { Agency } from './agency';
import type { AuthenticatedUser } from './authenticated-user';
import { Role } from './role';

export type DemoUser = Readonly<AuthenticatedUser & { name: string; description: string }>;

/**
 * Synthetic people for local runs and demos. Every name, school and identifier is invented;
 * organisation ids line up with the seeded demo data (school URNs, 'trafford-cs', 'gmp').
 * The first user with a role is the CLI's default identity for that role.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    subject: 'demo-dsl-oakfield',
    name: 'Olive Oakfield (demo)',
    roles: [Role.SchoolDsl],
    agency: Agency.Education,
    organisation: 'school-141001',
    description: 'Designated safeguarding lead at Oakfield Lane Primary School (fictional, URN 141001).',
  },
  {
    subject: 'demo-dsl-riverside',
    name: 'Rory Riverside (demo)',
    roles: [Role.SchoolDsl],
    agency: Agency.Education,
    organisation: 'school-141002',
    description: 'Designated safeguarding lead at Riverside Brook Academy (fictional, URN 141002).',
  },
  {
    subject: 'demo-screener-1',
    name: 'Sasha Screener (demo)',
    roles: [Role.Screener],
    agency: Agency.ChildrenSocialCare,
    organisation: 'trafford-cs',
    description: 'Front door social worker who screens contacts and asks partner agencies for information.',
  },
  {
    subject: 'demo-screener-2',
    name: 'Sam Second-Screener (demo)',
    roles: [Role.Screener],
    agency: Agency.ChildrenSocialCare,
    organisation: 'trafford-cs',
    description: 'A second front door screener, for trying out worklist allocation and hand-over.',
  },
  {
    subject: 'demo-manager',
    name: 'Morgan Manager (demo)',
    roles: [Role.Manager],
    agency: Agency.ChildrenSocialCare,
    organisation: 'trafford-cs',
    description: 'Front door team manager who gives oversight and signs off screening decisions.',
  },
  {
    subject: 'demo-police-officer',
    name: 'PC Pat Patrol (demo)',
    roles: [Role.PoliceOfficer],
    agency: Agency.Police,
    organisation: 'gmp',
    description: 'Police officer in the multi-agency safeguarding team who answers police checks.',
  },
  {
    subject: 'demo-da-advisor',
    name: 'Dee Advisor (demo)',
    roles: [Role.DaAdvisor],
    agency: Agency.DaService,
    organisation: 'trafford-da-service',
    description: 'Domestic abuse advisor who takes part in joint decisions on DA contacts.',
  },
  {
    subject: 'demo-marac-coordinator',
    name: 'Mo Maracson (demo)',
    roles: [Role.MaracCoordinator],
    agency: Agency.DaService,
    organisation: 'trafford-da-partnership',
    description: 'MARAC coordinator who lists high-risk DA cases and runs the meeting agenda.',
  },
  {
    subject: 'demo-health-practitioner',
    name: 'Hana Healthwell (demo)',
    roles: [Role.HealthPractitioner],
    agency: Agency.Health,
    organisation: 'demo-community-health-trust',
    description: 'Safeguarding health practitioner who answers health information requests.',
  },
  {
    subject: 'demo-auditor',
    name: 'Audrey Auditor (demo)',
    roles: [Role.Auditor],
    agency: Agency.ChildrenSocialCare,
    organisation: 'trafford-cs',
    description: 'Quality assurance auditor who reviews decisions and the audit trail.',
  },
  {
    subject: 'demo-education-officer',
    name: 'Eddie Education (demo)',
    roles: [Role.EducationOfficer],
    agency: Agency.Education,
    organisation: 'trafford-education',
    description: 'LA education safeguarding officer who answers education information requests.',
  },
  {
    subject: 'demo-emergency-duty',
    name: 'Eve Nightly (demo)',
    roles: [Role.EmergencyDutySocialWorker],
    agency: Agency.ChildrenSocialCare,
    organisation: 'trafford-cs',
    description:
      'Emergency duty team social worker who responds to red contacts out of office hours and hands them to the front door in the morning.',
  },
];

export function firstDemoUserWithRole(role: Role): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.roles.includes(role));
}
