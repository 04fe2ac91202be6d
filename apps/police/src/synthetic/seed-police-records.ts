import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DomesticAbuseHistory } from '../domestic-abuse/domestic-abuse-history.entity';
import { Incident, IncidentPerson } from '../incidents/incident.entity';
import { Investigation, InvestigationPerson } from '../investigations/investigation.entity';
import { PersonAlias, PolicePerson } from '../people/police-person.entity';
import { WarningMarker } from '../warning-markers/warning-marker.entity';
import { PoliceDataset, PoliceDatasetOptions, policeDataset } from './police-population';
import { SyntheticLoad } from './synthetic-load.entity';

export interface SeedResult {
  /** True when this seed was loaded before: nothing was written. */
  skipped: boolean;
  seed: number;
  counts: Record<string, number>;
}

const CHUNK = 1000;

/**
 * Loads GMP's synthetic records into the service database in one transaction, once per seed:
 * a second run with the same seed changes nothing. Only counts are reported (no personal data).
 */
export async function seedPoliceRecords(dataSource: DataSource, options: PoliceDatasetOptions): Promise<SeedResult> {
  return dataSource.transaction(async (manager): Promise<SeedResult> => {
    // Two loaders started together: the second waits here, then sees the first one's load.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['police-synthetic-load']);
    const earlier = await manager.findOneBy(SyntheticLoad, { seed: options.seed });
    if (earlier) {
      return {
        skipped: true,
        seed: options.seed,
        counts: { population: earlier.populationCount, people: earlier.peopleCount },
      };
    }
    const dataset = policeDataset(options);
    const counts = await insertDataset(manager, dataset);
    await manager.insert(SyntheticLoad, {
      seed: dataset.seed,
      populationCount: dataset.count,
      referenceDate: dataset.referenceDate,
      peopleCount: dataset.people.length,
      loadedAt: new Date(),
    });
    return {
      skipped: false,
      seed: options.seed,
      counts: { population: dataset.count, households: dataset.households.length, ...counts },
    };
  });
}

async function insertDataset(manager: EntityManager, dataset: PoliceDataset): Promise<Record<string, number>> {
  const tables: [string, EntityTarget<ObjectLiteral>, ObjectLiteral[]][] = [
    ['people', PolicePerson, dataset.people],
    ['aliases', PersonAlias, dataset.aliases],
    ['incidents', Incident, dataset.incidents],
    ['incidentPeople', IncidentPerson, dataset.incidentPeople],
    ['domesticAbuse', DomesticAbuseHistory, dataset.domesticAbuse],
    ['markers', WarningMarker, dataset.markers],
    ['investigations', Investigation, dataset.investigations],
    ['investigationPeople', InvestigationPerson, dataset.investigationPeople],
  ];
  const counts: Record<string, number> = {};
  for (const [name, entity, rows] of tables) {
    for (let start = 0; start < rows.length; start += CHUNK) {
      await manager.insert(entity, rows.slice(start, start + CHUNK));
    }
    counts[name] = rows.length;
  }
  return counts;
}
