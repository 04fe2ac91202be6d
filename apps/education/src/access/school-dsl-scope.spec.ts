import { Agency, AuthenticatedUser, DEMO_USERS, Role } from '@frontdoor/auth';
import {
  canSeePupil,
  canSeeSchool,
  isDslOfSchool,
  pupilScopeFor,
  schoolUrnOfOrganisation,
  schoolUrnsInScope,
} from './school-dsl-scope';

const demo = (subject: string): AuthenticatedUser => {
  const { description: _d, ...user } = DEMO_USERS.find((candidate) => candidate.subject === subject)!;
  return user;
};
const oakfieldDsl = demo('demo-dsl-oakfield');
const riversideDsl = demo('demo-dsl-riverside');
const officer = demo('demo-education-officer');
const police = demo('demo-police-officer');

describe('school-dsl scope', () => {
  it('reads the URN from a school organisation id, and nothing else', () => {
    expect(schoolUrnOfOrganisation('school-141001')).toBe('141001');
    expect(schoolUrnOfOrganisation('school-14100')).toBeNull();
    expect(schoolUrnOfOrganisation('school-1410011')).toBeNull();
    expect(schoolUrnOfOrganisation('trafford-education')).toBeNull();
    expect(schoolUrnOfOrganisation('xschool-141001')).toBeNull();
  });

  it("lets a DSL see only their own school's pupils", () => {
    expect(pupilScopeFor(oakfieldDsl)).toEqual({ kind: 'one-school', urn: '141001' });
    expect(canSeePupil(oakfieldDsl, { schoolUrn: '141001' })).toBe(true);
    expect(canSeePupil(oakfieldDsl, { schoolUrn: '141002' })).toBe(false);
    expect(canSeePupil(riversideDsl, { schoolUrn: '141002' })).toBe(true);
    expect(schoolUrnsInScope(pupilScopeFor(riversideDsl))).toEqual(['141002']);
  });

  it('lets the LA education officer see every school', () => {
    expect(pupilScopeFor(officer)).toEqual({ kind: 'all-schools' });
    expect(canSeeSchool(officer, '141037')).toBe(true);
    expect(schoolUrnsInScope(pupilScopeFor(officer))).toBeUndefined();
  });

  it('shows nothing to other agencies, or to a DSL whose organisation is not a school', () => {
    expect(pupilScopeFor(police)).toEqual({ kind: 'none' });
    expect(canSeePupil(police, { schoolUrn: '141001' })).toBe(false);
    expect(schoolUrnsInScope(pupilScopeFor(police))).toEqual([]);
    const strayDsl: AuthenticatedUser = { ...oakfieldDsl, organisation: 'trafford-education' };
    expect(pupilScopeFor(strayDsl)).toEqual({ kind: 'none' });
    // A token that claims the DSL role for a school but another agency is refused too.
    const wrongAgency: AuthenticatedUser = { ...oakfieldDsl, agency: Agency.Police };
    expect(canSeePupil(wrongAgency, { schoolUrn: '141001' })).toBe(false);
    const noRole: AuthenticatedUser = { ...oakfieldDsl, roles: [Role.Auditor] };
    expect(pupilScopeFor(noRole)).toEqual({ kind: 'none' });
  });

  it("lets only the school's own DSL act for the school", () => {
    expect(isDslOfSchool(oakfieldDsl, '141001')).toBe(true);
    expect(isDslOfSchool(oakfieldDsl, '141002')).toBe(false);
    expect(isDslOfSchool(riversideDsl, '141002')).toBe(true);
    // The LA officer sees every school but is no school's DSL, even with the DSL role on top.
    expect(isDslOfSchool(officer, '141001')).toBe(false);
    expect(isDslOfSchool({ ...officer, roles: [Role.EducationOfficer, Role.SchoolDsl] }, '141001')).toBe(false);
    expect(isDslOfSchool({ ...oakfieldDsl, agency: Agency.Police }, '141001')).toBe(false);
    expect(isDslOfSchool(police, '141001')).toBe(false);
  });
});
