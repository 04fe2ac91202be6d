import { useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { createEducationApp } from '../../apps/education/src/education.app';
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
