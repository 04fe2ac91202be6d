import { Agency, AuthenticatedUser, Role } from '@frontdoor/auth';

/**
 * Which pupils a person may see in the education service. Access follows relationship (design
 * section 4): a school's DSL sees only the pupils on their own school's roll, named by the token's
 * organisation 'school-<URN>'; the LA education safeguarding officer sees every school.
 * Anything else (another agency, a DSL whose organisation is not a school) sees nobody.
 */
export type PupilScope = { kind: 'all-schools' } | { kind: 'one-school'; urn: string } | { kind: 'none' };

const SCHOOL_ORGANISATION = /^school-(\d{6})$/;

/** '141001' for 'school-141001'; null for anything that is not a school organisation id. */
export function schoolUrnOfOrganisation(organisation: string): string | null {
  return SCHOOL_ORGANISATION.exec(organisation.trim())?.[1] ?? null;
}

export function pupilScopeFor(user: AuthenticatedUser): PupilScope {
  if (user.agency !== Agency.Education) return { kind: 'none' };
  if (user.roles.includes(Role.EducationOfficer)) return { kind: 'all-schools' };
  if (user.roles.includes(Role.SchoolDsl)) {
    const urn = schoolUrnOfOrganisation(user.organisation);
    return urn ? { kind: 'one-school', urn } : { kind: 'none' };
  }
  return { kind: 'none' };
}

/** Whether the person may see this pupil (the pupil's current school decides). */
export function canSeePupil(user: AuthenticatedUser, pupil: { schoolUrn: string }): boolean {
  return canSeeSchool(user, pupil.schoolUrn);
}

export function canSeeSchool(user: AuthenticatedUser, urn: string): boolean {
  const scope = pupilScopeFor(user);
  if (scope.kind === 'all-schools') return true;
  return scope.kind === 'one-school' && scope.urn === urn;
}

/** For queries: the URNs to restrict to, or undefined for no restriction; an empty list means none. */
export function schoolUrnsInScope(scope: PupilScope): string[] | undefined {
  if (scope.kind === 'all-schools') return undefined;
  return scope.kind === 'one-school' ? [scope.urn] : [];
}

/**
 * Whether the person is the DSL of this very school (acting for the school, e.g. acknowledging an
 * Operation Encompass notification): a school-dsl of the education agency whose organisation is
 * 'school-<URN>'. The LA education officer sees every school but acts for none.
 */
export function isDslOfSchool(user: AuthenticatedUser, urn: string): boolean {
  return (
    user.agency === Agency.Education &&
    user.roles.includes(Role.SchoolDsl) &&
    schoolUrnOfOrganisation(user.organisation) === urn
  );
}
