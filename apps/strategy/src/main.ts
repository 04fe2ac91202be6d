import 'reflect-metadata';
import { startTracing } from '@frontdoor/tracing';

async function main(): Promise<void> {
  // Before the app's modules load, so HTTP, Express, Postgres and Kafka are patched as they are required.
  await startTracing('strategy');
  const { createStrategyApp } = await import('./strategy.app');
  const { app } = await createStrategyApp();
  // Listen first so health checks answer while the consumer joins its group.
  await app.listen(Number(process.env.PORT ?? 3007), process.env.HOST ?? '127.0.0.1');
  await app.startAllMicroservices();
}

void main();
