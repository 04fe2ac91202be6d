import 'reflect-metadata';
import { startTracing } from '@frontdoor/tracing';

async function main(): Promise<void> {
  // Before the app's modules load, so HTTP, Express, Postgres and Kafka are patched as they are required.
  await startTracing('screening');
  const { createScreeningApp } = await import('./screening.app');
  const { app } = await createScreeningApp();
  // HTTP first: /health and the worklist answer while the consumer is still joining its group.
  await app.listen(Number(process.env.PORT ?? 3002), process.env.HOST ?? '127.0.0.1');
  await app.startAllMicroservices();
}

void main();
