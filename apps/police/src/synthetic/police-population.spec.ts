import { CandidatePerson, matchPoliceSubject } from '../matching/police-match';
import { includeInPolice, pncId, policeDataset } from './police-population';
import { SHARED_POPULATION_SEED, sharedPopulation } from '@frontdoor/synthetic-population';

describe('policeDataset', () => {
  const dataset = policeDataset({ seed: SHARED_POPULATION_SEED, count: 3000 });

  it('is the same for the same seed, and household i does not depend on the count', () => {
    const again = policeDataset({ seed: SHARED_POPULATION_SEED, count: 3000 });
    expect(again).toEqual(dataset);
    const smaller = policeDataset({ seed: SHARED_POPULATION_SEED, count: 300 });
    expect(smaller.people).toEqual(dataset.people.slice(0, smaller.people.length));
    expect(policeDataset({ seed: 7, count: 300 }).people[0].id).not.toBe(smaller.people[0].id);
  });

  it('holds every third child of the shared population, with their households: thousands of people', () => {
    expect(dataset.households.map((h) => h.index)).toEqual(
      sharedPopulation(SHARED_POPULATION_SEED, 3000)
        .filter((p) => includeInPolice(p.index))
        .map((p) => p.index),
    );
    expect(dataset.households).toHaveLength(1000);
    expect(dataset.people.length).toBeGreaterThan(3000);
  });

  it('has the mix of records the answers need, in plausible proportions', () => {
    const share = (n: number) => n / dataset.households.length;
    expect(share(dataset.domesticAbuse.length)).toBeGreaterThan(0.3);
    expect(share(dataset.domesticAbuse.length)).toBeLessThan(0.6);
    const dash = dataset.domesticAbuse.filter((pair) => pair.dashScore !== null);
    expect(dash.filter((pair) => pair.dashScore! >= 14).length / dash.length).toBeGreaterThan(0.1);
    expect(dash.filter((pair) => pair.dashScore! >= 14).length / dash.length).toBeLessThan(0.4);
    expect(dataset.people.filter((p) => p.safeAddress).length).toBeGreaterThan(20);
    expect(dataset.markers.filter((m) => m.restricted).length).toBeGreaterThan(20);
    expect(dataset.investigations.filter((i) => i.sensitive && i.status === 'open').length).toBeGreaterThan(20);
    expect(new Set(dataset.incidents.map((i) => i.type)).size).toBe(5);
  });

  it('gives every row a unique id and reference, and PNC-style person ids', () => {
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(dataset.people.map((p) => p.id))).toBe(true);
    expect(unique(dataset.people.map((p) => p.pncId))).toBe(true);
    expect(unique(dataset.incidents.map((i) => i.reference))).toBe(true);
    expect(unique(dataset.investigations.map((i) => i.reference))).toBe(true);
    expect(dataset.people.every((p) => /^\d{2}\/\d{7}[A-Z]$/.test(p.pncId))).toBe(true);
    expect(pncId(2026, 1)).toBe('26/0000001W');
  });

  describe('matching the children as the other agencies know them', () => {
    const byBirthday = new Map<string, CandidatePerson[]>();
    for (const person of dataset.people) {
      const candidate: CandidatePerson = {
        personId: person.id,
        names: [{ firstNameKey: person.firstNameKey, lastNameKey: person.lastNameKey }],
        dateOfBirth: person.dateOfBirth,
        postcode: person.postcode,
        safePostcode: null,
      };
      byBirthday.set(person.dateOfBirth ?? '', [...(byBirthday.get(person.dateOfBirth ?? '') ?? []), candidate]);
    }
    const lookUp = (child: (typeof dataset.households)[number]['child']) =>
      matchPoliceSubject(child, byBirthday.get(child.dateOfBirth) ?? []);

    it('records about 5% of children under a variant of their name', () => {
      const variants = dataset.households.filter((h) => h.nameVariant);
      expect(variants.length / dataset.households.length).toBeGreaterThan(0.03);
      expect(variants.length / dataset.households.length).toBeLessThan(0.07);
      expect(new Set(variants.map((h) => h.nameVariant))).toEqual(new Set(['nickname', 'transposition']));
    });

    it('finds every child recorded under their own name, and no child recorded under a variant', () => {
      for (const household of dataset.households) {
        const match = lookUp(household.child);
        if (household.nameVariant) {
          expect(match).toMatchObject({ matched: false, possibleMatches: 1 });
        } else {
          expect(match).toEqual({ matched: true, personId: household.childId, matchedOn: 'name-dob-postcode' });
        }
      }
    });
  });
});
