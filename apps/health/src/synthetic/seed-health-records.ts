import { DataSource, EntityManager, In, ObjectLiteral, EntityTarget } from 'typeorm';
import { MissedAppointment } from '../appointments/missed-appointment.entity';
import { ChildProtectionFlag } from '../child-protection/child-protection-flag.entity';
import { GpRegistration } from '../gp-registration/gp-registration.entity';
import { HealthInvolvement } from '../involvement/health-involvement.entity';
import { Patient } from '../patients/patient.entity';
import { SafeAddress } from '../patients/safe-address.entity';
import { HealthPopulation, healthPopulation } from './health-population';
import { SyntheticDataLoad } from './synthetic-data-load.entity';

export interface SeedResult {
  status: 'loaded' | 'already-loaded';
  seed: number;
  /** The count of the load that is in the database (this one, or the earlier one). */
  count: number;
  patients: number;
  /** Generated patients left out because the database already held their NHS number. */
  skippedExisting: number;
  population: HealthPopulation;
}

const CHUNK = 1000;

/**
 * Loads health's synthetic records for a seed into the service database, once: a second run with
 * the same seed (whatever the count) changes nothing. One transaction, so a failed load leaves no
 * half-seeded database behind; the load row is claimed first, so two loads at once cannot both run.
 */
export async function seedHealthRecords(
  dataSource: DataSource,
  options: { seed: number; count: number },
): Promise<SeedResult> {
  const population = healthPopulation(options.seed, options.count);
  return dataSource.transaction(async (manager) => {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO synthetic_data_loads (seed, count, patients, loaded_at) VALUES ($1, $2, 0, now())
       ON CONFLICT (seed) DO NOTHING RETURNING seed`,
      [options.seed, options.count],
    );
    if (claimed.length === 0) {
      const earlier = await manager.findOneByOrFail(SyntheticDataLoad, { seed: options.seed });
      return {
        status: 'already-loaded',
        seed: options.seed,
        count: earlier.count,
        patients: earlier.patients,
        skippedExisting: 0,
        population,
      };
    }

    const existing = await existingNhsNumbers(
      manager,
      population.patients.map((p) => p.patient.nhsNumber),
    );
    const patients = population.patients.filter((p) => !existing.has(p.patient.nhsNumber));
    await insertChunked(
      manager,
      Patient,
      patients.map((p) => p.patient),
    );
    await insertChunked(
      manager,
      SafeAddress,
      patients.flatMap((p) => (p.safeAddress ? [p.safeAddress] : [])),
    );
    await insertChunked(
      manager,
      GpRegistration,
      patients.flatMap((p) => p.gpRegistrations),
    );
    await insertChunked(
      manager,
      HealthInvolvement,
      patients.flatMap((p) => p.involvements),
    );
    await insertChunked(
      manager,
      ChildProtectionFlag,
      patients.flatMap((p) => p.childProtectionFlags),
    );
    await insertChunked(
      manager,
      MissedAppointment,
      patients.flatMap((p) => p.missedAppointments),
    );
    await manager.update(SyntheticDataLoad, { seed: options.seed }, { patients: patients.length });
    return {
      status: 'loaded',
      seed: options.seed,
      count: options.count,
      patients: patients.length,
      skippedExisting: population.patients.length - patients.length,
      population,
    };
  });
}

async function existingNhsNumbers(manager: EntityManager, nhsNumbers: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < nhsNumbers.length; i += CHUNK) {
    const rows = await manager.find(Patient, {
      select: { nhsNumber: true },
      where: { nhsNumber: In(nhsNumbers.slice(i, i + CHUNK)) },
    });
    for (const row of rows) found.add(row.nhsNumber);
  }
  return found;
}

async function insertChunked<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}
