import 'reflect-metadata';
import { createIntakeApp } from './intake.app';

async function main(): Promise<void> {
  const { app } = await createIntakeApp();
  // HTTP first: /health and the worklist answer while the consumer is still joining its group.
  await app.listen(Number(process.env.PORT ?? 3001), process.env.HOST ?? '127.0.0.1');
  await app.startAllMicroservices();
}

void main();
