// The demo's child known to police, health and education alike: found from the agencies' own
// synthetic-data generators (the same seed start.sh loads), so the demo case gets real answers.
import { PopulationPerson, SHARED_POPULATION_SEED, sharedPopulation } from '@frontdoor/synthetic-population';
import { EDUCATION_RECORDS_AS_OF, educationDataset } from '../../apps/education/src/synthetic/education-population';
import { healthPopulation } from '../../apps/health/src/synthetic/health-population';
import { policeDataset } from '../../apps/police/src/synthetic/police-population';

/** Enough of the population to find one such child; every generator is stable by index. */
const SEARCH_COUNT = 300;

export interface KnownChild {
  person: PopulationPerson;
  /** How many police incidents name the child (the demo prefers a child police know well). */
  policeIncidents: number;
}

/**
 * The first child whom all three agencies hold under the same name (no nickname or typo, so
 * every agency matches automatically) and whom police have met at least once.
 */
export function childKnownToAllAgencies(): KnownChild {
  const police = policeDataset({ seed: SHARED_POPULATION_SEED, count: SEARCH_COUNT });
  const health = healthPopulation(SHARED_POPULATION_SEED, SEARCH_COUNT);
  const education = educationDataset({
    seed: SHARED_POPULATION_SEED,
    count: SEARCH_COUNT,
    asOf: EDUCATION_RECORDS_AS_OF,
  });
  for (const person of sharedPopulation(SHARED_POPULATION_SEED, SEARCH_COUNT)) {
    const household = police.households.find((h) => h.index === person.index && !h.nameVariant);
    const patient = health.patients.find((p) => p.key === `child-${person.index}` && !p.nameVariant);
    const pupil = education.pupils.find(
      (p) => p.populationIndex === person.index && !p.nameVariant && !p.protectedRoll,
    );
    if (!household || !patient || !pupil) continue;
    const policeIncidents = police.incidentPeople.filter((row) => row.personId === household.childId).length;
    if (policeIncidents > 0) return { person, policeIncidents };
  }
  throw new Error(`no child in the first ${SEARCH_COUNT} of the population is known to all three agencies`);
}
