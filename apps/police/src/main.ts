import 'reflect-metadata';
import { startTracing } from '@frontdoor/tracing';

async function main(): Promise<void> {
  // Before the app's modules load, so HTTP, Express, Postgres and Kafka are patched as they are required.
  await startTracing('police');
  const { createPoliceApp } = await import('./police.app');
  const { app } = await createPoliceApp();
  await app.startAllMicroservices();
  await app.listen(Number(process.env.PORT ?? 3003), process.env.HOST ?? '127.0.0.1');
}

void main();
