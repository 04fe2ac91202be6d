import { SHARED_POPULATION_SEED } from '@frontdoor/synthetic-population';
import { useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createEducationApp } from '../../apps/education/src/education.app';
import { EDUCATION_RECORDS_AS_OF } from '../../apps/education/src/synthetic/education-population';
import { seedEducationRecords } from '../../apps/education/src/synthetic/seed-education-records';
import { seedHealthRecords } from '../../apps/health/src/synthetic/seed-health-records';
import { seedPoliceRecords } from '../../apps/police/src/synthetic/seed-police-records';
import { createHealthApp } from '../../apps/health/src/health.app';
import { createPoliceApp } from '../../apps/police/src/police.app';

export type AgencyName = 'police' | 'health' | 'education';

/**
 * The three partner agency services (police, health, education), in this process, on the real
 * broker and their own test databases, each with a consumer group of its own for this run.
 * Resolves once every consumer has joined its group, so nothing published afterwards is missed.
 */
export async function startAgencyApps(groupSuffix = ''): Promise<Record<AgencyName, INestApplication>> {
  const apps = {} as Record<AgencyName, INestApplication>;
  for (const [name, create] of [
    ['police', createPoliceApp],
    ['health', createHealthApp],
    ['education', createEducationApp],
  ] as const) {
    useServiceTestEnvironment(name, groupSuffix);
    const { app, events } = await create();
    await app.startAllMicroservices();
    await app.init();
    await events.joined;
    apps[name] = app;
  }
  return apps;
}

/**
 * The synthetic records every agency test loads (one load per seed, so loading again is a no-op),
 * so the child in `childKnownToAgencies()` is known to all three.
 */
export async function seedAgencyRecords(apps: Record<AgencyName, INestApplication>): Promise<void> {
  const seed = SHARED_POPULATION_SEED;
  await seedPoliceRecords(apps.police.get(DataSource), { seed, count: 1500 });
  await seedHealthRecords(apps.health.get(DataSource), { seed, count: 2000 });
  await seedEducationRecords(apps.education.get(DataSource), { seed, count: 1500, asOf: EDUCATION_RECORDS_AS_OF });
}
