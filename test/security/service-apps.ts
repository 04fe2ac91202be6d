import { useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { createEducationApp } from '../../apps/education/src/education.app';
import { createHealthApp } from '../../apps/health/src/health.app';
import { createIntakeApp } from '../../apps/intake/src/intake.app';
import { createMaracApp } from '../../apps/marac/src/marac.app';
import { createPoliceApp } from '../../apps/police/src/police.app';
import { createScreeningApp } from '../../apps/screening/src/screening.app';
import { createStrategyApp } from '../../apps/strategy/src/strategy.app';

/** Every service with an HTTP API, by name, as the tests build them. */
export const API_SERVICES = {
  intake: createIntakeApp,
  screening: createScreeningApp,
  police: createPoliceApp,
  health: createHealthApp,
  education: createEducationApp,
  marac: createMaracApp,
  strategy: createStrategyApp,
} as const;

export type ApiService = keyof typeof API_SERVICES;

/**
 * Each service's HTTP side on its own test database, without its Kafka consumers: enough to ask
 * every route who may call it.
 */
export async function startHttpSides(): Promise<Map<ApiService, INestApplication>> {
  const apps = new Map<ApiService, INestApplication>();
  for (const [service, create] of Object.entries(API_SERVICES) as [
    ApiService,
    () => Promise<{ app: INestApplication }>,
  ][]) {
    useServiceTestEnvironment(service);
    const { app } = await create();
    await app.init();
    apps.set(service, app);
  }
  return apps;
}
