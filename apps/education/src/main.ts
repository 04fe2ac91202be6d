import 'reflect-metadata';
import { startTracing } from '@frontdoor/tracing';

async function main(): Promise<void> {
  // Before the app's modules load, so HTTP, Express, Postgres and Kafka are patched as they are required.
  await startTracing('education');
  const { createEducationApp } = await import('./education.app');
  const { app } = await createEducationApp();
  await app.startAllMicroservices();
  await app.listen(Number(process.env.PORT ?? 3005), process.env.HOST ?? '127.0.0.1');
}

void main();
