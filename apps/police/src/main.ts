import 'reflect-metadata';
import { startTracing } from '@frontdoor/tracing';

// Before the app's modules load, so HTTP, Express, Postgres and Kafka are patched as they are required.
startTracing('police');

async function main(): Promise<void> {
  const { createPoliceApp } = await import('./police.app');
  const { app } = await createPoliceApp();
  await app.startAllMicroservices();
  await app.listen(Number(process.env.PORT ?? 3003), process.env.HOST ?? '127.0.0.1');
}

void main();
