import 'reflect-metadata';
import { createScreeningApp } from './screening.app';

async function main(): Promise<void> {
  const { app } = await createScreeningApp();
  // HTTP first: /health and the worklist answer while the consumer is still joining its group.
  await app.listen(Number(process.env.PORT ?? 3002), process.env.HOST ?? '127.0.0.1');
  await app.startAllMicroservices();
}

void main();
