import { isValidUpn, isValidUkPostcode, normaliseName } from '@frontdoor/identifiers';
import { sharedPopulation } from '@frontdoor/synthetic-population';
import { choosePupilMatch } from '../matching/pupil-match';
import { attendancePercentage, isPersistentlyAbsent } from '../terms/school-terms';
import { EDUCATION_RECORDS_AS_OF, educationDataset, includeInEducation } from './education-population';

describe('educationDataset', () => {
  const dataset = educationDataset({ count: 5000 });
  const population = sharedPopulation(2026, 5000);
  const fromPopulation = dataset.pupils.filter((pupil) => pupil.populationIndex !== null);

  it('is the same for the same seed, and a pupil does not change with the count', () => {
    const again = educationDataset({ count: 5000 });
    expect(again.pupils).toEqual(dataset.pupils);
    expect(again.attendance).toEqual(dataset.attendance);
    const smaller = educationDataset({ count: 1000 });
    const first = smaller.pupils.find((pupil) => pupil.populationIndex === 0)!;
    expect(dataset.pupils.find((pupil) => pupil.populationIndex === 0)).toEqual(first);
  });

  it('takes the shared population by the education rule: not i % 5 === 4, school age only', () => {
    expect(fromPopulation.every((pupil) => pupil.populationIndex! % 5 !== 4)).toBe(true);
    const expected = population.filter((person) => includeInEducation(person, EDUCATION_RECORDS_AS_OF));
    expect(fromPopulation.map((pupil) => pupil.populationIndex)).toEqual(expected.map((person) => person.index));
    expect(fromPopulation.length / 5000).toBeGreaterThan(0.55);
    expect(fromPopulation.length / 5000).toBeLessThan(0.7);
    expect(fromPopulation.every((pupil) => pupil.yearGroup >= 0 && pupil.yearGroup <= 13)).toBe(true);
  });

  it('holds the shared identifiers that schools really hold (UPN, not NHS number)', () => {
    for (const pupil of fromPopulation.slice(0, 300)) {
      const person = population[pupil.populationIndex!];
      expect(pupil).toMatchObject({
        upn: person.upn,
        lastName: person.lastName,
        dateOfBirth: person.dateOfBirth,
        postcode: person.postcode,
      });
      expect(isValidUpn(pupil.upn)).toBe(true);
      expect(isValidUkPostcode(pupil.postcode)).toBe(true);
      expect(pupil).not.toHaveProperty('nhsNumber');
    }
    expect(new Set(dataset.pupils.map((pupil) => pupil.upn)).size).toBe(dataset.pupils.length);
  });

  it('records about 5% of names differently, and those do not match on name and date of birth', () => {
    const variants = fromPopulation.filter((pupil) => pupil.nameVariant);
    expect(variants.length / fromPopulation.length).toBeGreaterThan(0.03);
    expect(variants.length / fromPopulation.length).toBeLessThan(0.07);
    for (const pupil of variants) {
      const person = population[pupil.populationIndex!];
      expect(normaliseName(pupil.firstName)).not.toBe(normaliseName(person.firstName));
      const match = choosePupilMatch(
        {
          firstName: person.firstName,
          lastName: person.lastName,
          dateOfBirth: person.dateOfBirth,
          postcode: person.postcode,
        },
        [{ pupilId: pupil.id, ...pupil }],
      );
      expect(match.pupilId).toBeNull();
    }
  });

  it('has roughly national rates of persistent absence, SEN and exclusions', () => {
    const current = dataset.attendance.filter(
      (record) => record.academicYear === '2025/26' && record.term === 'summer',
    );
    const persistent =
      current.filter((r) => isPersistentlyAbsent(r.sessionsPossible, r.sessionsAttended)).length / current.length;
    expect(persistent).toBeGreaterThan(0.12);
    expect(persistent).toBeLessThan(0.3);
    const mean =
      current.reduce((sum, r) => sum + attendancePercentage(r.sessionsPossible, r.sessionsAttended), 0) /
      current.length;
    expect(mean).toBeGreaterThan(90);
    expect(mean).toBeLessThan(96);
    const ehcp = fromPopulation.filter((p) => p.senStatus === 'ehcp').length / fromPopulation.length;
    const support = fromPopulation.filter((p) => p.senStatus === 'sen-support').length / fromPopulation.length;
    expect(ehcp).toBeGreaterThan(0.03);
    expect(ehcp).toBeLessThan(0.07);
    expect(support).toBeGreaterThan(0.1);
    expect(support).toBeLessThan(0.17);
    expect(dataset.exclusions.some((e) => e.kind === 'suspension')).toBe(true);
    expect(dataset.concerns.some((c) => c.restricted)).toBe(true);
  });

  it('places pupils in a school of their phase, among about 40 schools', () => {
    const schools = new Map(dataset.schools.map((school) => [school.urn, school]));
    expect(dataset.schools).toHaveLength(40);
    expect(schools.get('141001')?.name).toBe('Oakfield Lane Primary');
    expect(schools.get('141002')?.name).toBe('Riverside Brook Academy');
    for (const pupil of dataset.pupils) {
      expect(schools.get(pupil.schoolUrn)?.phase).toBe(pupil.yearGroup <= 6 ? 'primary' : 'secondary');
    }
  });

  it('puts a few pupils on the protected roll, each with a safe address', () => {
    const protectedPupils = dataset.pupils.filter((pupil) => pupil.protectedRoll);
    expect(protectedPupils.length).toBeGreaterThanOrEqual(2);
    expect(protectedPupils.every((p) => p.safeAddressLine1 && p.safeAddressPostcode && p.restrictionReason)).toBe(true);
    expect(protectedPupils.find((p) => p.lastName === 'Harbourne')).toMatchObject({
      schoolUrn: '141001',
      safeAddressLine1: '1 Haven Place',
    });
    expect(dataset.pupils.filter((p) => !p.protectedRoll).every((p) => p.safeAddressLine1 === null)).toBe(true);
  });

  it('includes the demo children from the demo contacts', () => {
    const ava = dataset.pupils.find((p) => p.firstName === 'Ava' && p.lastName === 'Sampleton')!;
    expect(ava).toMatchObject({ dateOfBirth: '2018-05-14', postcode: 'M33 9ZZ', schoolUrn: '141001', yearGroup: 4 });
  });
});
