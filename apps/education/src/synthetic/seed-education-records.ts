import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AttendanceRecord } from '../pupils/attendance-record.entity';
import { Exclusion } from '../pupils/exclusion.entity';
import { Pupil } from '../pupils/pupil.entity';
import { SafeguardingConcern } from '../pupils/safeguarding-concern.entity';
import { School } from '../schools/school.entity';
import { EducationDataset, EducationDatasetOptions, educationDataset } from './education-population';
import { SyntheticSeedRun } from './synthetic-seed-run.entity';

export interface SeedResult {
  /** True when this seed was loaded before: nothing was written. */
  skipped: boolean;
  seed: number;
  counts: Record<string, number>;
}

const CHUNK = 1000;

/**
 * Loads education's synthetic records in one transaction, once per seed: a second run with the
 * same seed writes nothing. Schools and the demo pupils are the same for every seed, so they are
 * inserted only when missing. Only counts are reported (no personal data).
 */
export async function seedEducationRecords(
  dataSource: DataSource,
  options: EducationDatasetOptions & { seed: number },
): Promise<SeedResult> {
  return dataSource.transaction(async (manager): Promise<SeedResult> => {
    // Two loaders started together: the second waits here, then sees the first one's load.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['education-synthetic-load']);
    const earlier = await manager.findOneBy(SyntheticSeedRun, { seed: options.seed });
    if (earlier) {
      return {
        skipped: true,
        seed: options.seed,
        counts: { population: earlier.populationCount, pupils: earlier.pupils },
      };
    }
    const dataset = educationDataset(options);
    const counts = await insertDataset(manager, dataset);
    await manager.insert(SyntheticSeedRun, {
      seed: dataset.seed,
      populationCount: dataset.count,
      pupils: dataset.pupils.length,
      seededAt: new Date(),
    });
    return { skipped: false, seed: dataset.seed, counts: { population: dataset.count, ...counts } };
  });
}

async function insertDataset(manager: EntityManager, dataset: EducationDataset): Promise<Record<string, number>> {
  const schools = dataset.schools.map(({ district: _district, ...school }) => school);
  const pupils = dataset.pupils.map(({ populationIndex: _index, nameVariant: _variant, ...pupil }) => pupil);
  const tables: [string, EntityTarget<ObjectLiteral>, ObjectLiteral[]][] = [
    ['schools', School, schools],
    ['pupils', Pupil, pupils],
    ['attendance', AttendanceRecord, dataset.attendance],
    ['exclusions', Exclusion, dataset.exclusions],
    ['concerns', SafeguardingConcern, dataset.concerns],
  ];
  const counts: Record<string, number> = {};
  for (const [name, entity, rows] of tables) {
    // Rows already there (schools and demo pupils from another seed's load) are skipped, not counted.
    const key = manager.connection.getMetadata(entity).primaryColumns[0].databaseName;
    let inserted = 0;
    for (let start = 0; start < rows.length; start += CHUNK) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(rows.slice(start, start + CHUNK))
        .orIgnore()
        .returning(key)
        .updateEntity(false)
        .execute();
      inserted += (result.raw as unknown[]).length;
    }
    counts[name] = inserted;
  }
  return counts;
}
