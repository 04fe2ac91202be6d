import { isValidNhsNumber, isValidUkPostcode } from '@frontdoor/identifiers';
import { choosePatient } from '../matching/patient-match';
import { healthPopulation, includeInHealth } from './health-population';
import { SHARED_POPULATION_SEED, sharedPopulation } from '@frontdoor/synthetic-population';

describe('healthPopulation', () => {
  const population = healthPopulation(SHARED_POPULATION_SEED, 4000);
  const children = population.patients.filter((p) => p.role === 'child');
  const adults = population.patients.filter((p) => p.role === 'adult');
  const share = (items: unknown[], of: unknown[]) => items.length / of.length;

  it('is the same for the same seed, and person i does not depend on the count', () => {
    expect(healthPopulation(SHARED_POPULATION_SEED, 4000)).toEqual(population);
    const smaller = healthPopulation(SHARED_POPULATION_SEED, 1000);
    expect(smaller.patients).toEqual(population.patients.slice(0, smaller.patients.length));
    expect(healthPopulation(1, 200).patients[0].patient.nhsNumber).not.toBe(population.patients[0].patient.nhsNumber);
  });

  it('holds every other child of the shared population, with the identifiers the other agencies hold', () => {
    const shared = sharedPopulation(SHARED_POPULATION_SEED, 4000);
    expect(children.every((child) => includeInHealth(child.person!.index))).toBe(true);
    expect(children.length + population.skippedDuplicateNhsNumbers).toBe(2000);
    for (const child of children.slice(0, 50)) {
      const person = shared[child.person!.index];
      expect(child.patient).toMatchObject({
        nhsNumber: person.nhsNumber,
        dateOfBirth: person.dateOfBirth,
        postcode: person.postcode,
      });
    }
  });

  it('gives every patient a unique, valid NHS number and a UK-shaped postcode', () => {
    const numbers = population.patients.map((p) => p.patient.nhsNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every(isValidNhsNumber)).toBe(true);
    expect(population.patients.every((p) => p.patient.postcode && isValidUkPostcode(p.patient.postcode))).toBe(true);
  });

  it('has realistic shares: most under-5s health visited, a few on plans, some restricted records, some safe addresses', () => {
    const ageOf = (dob: string) => (Date.parse('2026-09-01') - Date.parse(dob)) / (365.25 * 86_400_000);
    const underFive = children.filter((c) => ageOf(c.patient.dateOfBirth) < 5);
    const visited = underFive.filter((c) =>
      c.involvements.some((i) => i.service === 'health-visiting' && i.status === 'open'),
    );
    expect(share(visited, underFive)).toBeGreaterThan(0.9);

    const onPlan = children.filter((c) => c.childProtectionFlags.some((f) => f.kind === 'child-protection-plan'));
    expect(share(onPlan, children)).toBeGreaterThan(0.015);
    expect(share(onPlan, children)).toBeLessThan(0.06);

    const restricted = children.filter((c) => c.involvements.some((i) => i.restricted));
    expect(restricted.length).toBeGreaterThan(5);
    expect(restricted.every((c) => ageOf(c.patient.dateOfBirth) >= 13)).toBe(true);

    expect(share(adults, children)).toBeGreaterThan(0.2);
    expect(adults.filter((a) => a.safeAddress).length).toBeGreaterThan(10);
    expect(children.every((c) => c.safeAddress === null)).toBe(true);
    expect(adults.some((a) => a.childProtectionFlags.some((f) => f.kind === 'unborn-child-protection-plan'))).toBe(
      true,
    );

    const withMissed = children.filter((c) => c.missedAppointments.some((m) => !m.restricted));
    expect(share(withMissed, children)).toBeGreaterThan(0.1);
    expect(children.flatMap((c) => c.missedAppointments).every((m) => m.restricted || m.wasNotBrought)).toBe(true);
  });

  it('records about 5% of children under a variant name, which does not match without the NHS number', () => {
    const variants = children.filter((c) => c.nameVariant);
    expect(share(variants, children)).toBeGreaterThan(0.03);
    expect(share(variants, children)).toBeLessThan(0.07);
    expect(variants.some((c) => c.nameVariant === 'nickname')).toBe(true);
    expect(variants.some((c) => c.nameVariant === 'transposition')).toBe(true);
    for (const child of variants) {
      const { person } = child;
      const keys = { ...child.patient, patientId: child.patient.id };
      expect(choosePatient({ ...person!, nhsNumber: undefined }, [keys])).toEqual({ outcome: 'not-found' });
      expect(choosePatient(person!, [keys])).toMatchObject({ outcome: 'matched', matchedOn: 'nhs-number' });
    }
  });

  it('keeps record dates in order and never after the records run to', () => {
    for (const p of population.patients) {
      for (const r of p.gpRegistrations) {
        expect(r.registeredFrom <= '2026-09-01').toBe(true);
        if (r.registeredTo) expect(r.registeredTo >= r.registeredFrom).toBe(true);
      }
      for (const i of p.involvements) if (i.endedOn) expect(i.endedOn >= i.startedOn).toBe(true);
      for (const f of p.childProtectionFlags) if (f.endedOn) expect(f.endedOn >= f.startedOn).toBe(true);
    }
  });
});
