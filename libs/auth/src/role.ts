/**
 * What a person may do in the front door. The string values are the claim values an identity
 * provider puts in the token's `roles` array, so they must never change once issued.
 */
export enum Role {
  Screener = 'screener',
  Manager = 'manager',
  PoliceOfficer = 'police-officer',
  DaAdvisor = 'da-advisor',
  SchoolDsl = 'school-dsl',
  HealthPractitioner = 'health-practitioner',
  MaracCoordinator = 'marac-coordinator',
  Auditor = 'auditor',
  // LA education safeguarding officer: answers the front door's questions about pupils.
  EducationOfficer = 'education-officer',
  // Emergency duty team social worker: responds to red contacts out of office hours, hands over in the morning.
  EmergencyDutySocialWorker = 'emergency-duty-social-worker',
}

const KNOWN_ROLES: ReadonlySet<string> = new Set(Object.values(Role));

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && KNOWN_ROLES.has(value);
}
