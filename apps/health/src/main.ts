import 'reflect-metadata';
import { startTracing } from '@frontdoor/tracing';

async function main(): Promise<void> {
  // Before the app's modules load, so HTTP, Express, Postgres and Kafka are patched as they are required.
  await startTracing('health');
  const { createHealthApp } = await import('./health.app');
  const { app } = await createHealthApp();
  // HTTP first (it also creates the topics): /health answers while the consumer joins its group.
  await app.listen(Number(process.env.PORT ?? 3004), process.env.HOST ?? '127.0.0.1');
  await app.startAllMicroservices();
}

void main();
