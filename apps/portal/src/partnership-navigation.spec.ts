import { Role } from '@frontdoor/auth';
import { partnershipNavigation } from './partnership-navigation';

const texts = (roles: Role[], path = '/') => partnershipNavigation(roles, path).map((item) => item.text);

describe('partnershipNavigation', () => {
  it('offers each role only the sections its services let it use', () => {
    expect(texts([Role.SchoolDsl])).toEqual(['Police notifications']);
    expect(texts([Role.PoliceOfficer])).toEqual([
      'Public protection notices',
      'Information requests',
      'Joint decisions',
      'MARAC',
      'Strategy discussions',
      'Strategy invitations',
    ]);
    expect(texts([Role.DaAdvisor])).toEqual(['Joint decisions', 'MARAC']);
    expect(texts([Role.MaracCoordinator])).toEqual(['MARAC']);
    expect(texts([Role.Screener])).toEqual(['Joint decisions', 'Strategy discussions']);
    expect(texts([Role.Manager])).toEqual(['Joint decisions', 'Strategy discussions']);
    expect(texts([Role.Manager, Role.PoliceOfficer])).toEqual([
      'Public protection notices',
      'Information requests',
      'Joint decisions',
      'MARAC',
      'Strategy discussions',
      'Strategy invitations',
    ]);
    expect(texts([Role.HealthPractitioner])).toEqual(['Information requests', 'Strategy invitations']);
    expect(texts([Role.EducationOfficer])).toEqual(['Information requests', 'Strategy invitations']);
  });

  it('marks the current section, a case page counting as joint decisions for police', () => {
    const active = (roles: Role[], path: string) =>
      partnershipNavigation(roles, path)
        .filter((item) => item.active)
        .map((item) => item.text);
    expect(active([Role.PoliceOfficer], '/cases/5b0e3a52-8f5c-4a39-9a8e-0d5c3f1c2b7a')).toEqual(['Joint decisions']);
    expect(active([Role.PoliceOfficer], '/marac/meetings/x')).toEqual(['MARAC']);
    expect(active([Role.SchoolDsl], '/encompass')).toEqual(['Police notifications']);
    expect(active([Role.SchoolDsl], '/encompassing')).toEqual([]);
    expect(active([Role.PoliceOfficer], '/ppns/new/dash/2')).toEqual(['Public protection notices']);
    // For a manager a case page belongs to the worklist.
    expect(active([Role.Manager], '/cases/5b0e3a52-8f5c-4a39-9a8e-0d5c3f1c2b7a')).toEqual([]);
    expect(active([Role.Manager], '/joint-decisions')).toEqual(['Joint decisions']);
    expect(active([Role.PoliceOfficer], '/strategy-invitations/x')).toEqual(['Strategy invitations']);
  });
});
