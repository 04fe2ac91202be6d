import { INestApplication } from '@nestjs/common';
import { useServiceTestEnvironment } from './test-run';

export type CreateServiceApp = () => Promise<{ app: INestApplication; events: { joined: Promise<void> } }>;

/**
 * One service in this process on its test database, with its consumer group for this run.
 * Resolves once the consumer has joined its group, so nothing published afterwards is missed.
 */
export async function startServiceApp(
  service: string,
  create: CreateServiceApp,
  groupSuffix = '',
): Promise<INestApplication> {
  useServiceTestEnvironment(service, groupSuffix);
  const { app, events } = await create();
  await app.startAllMicroservices();
  await app.init();
  await events.joined;
  return app;
}
