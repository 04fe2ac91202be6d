import 'reflect-metadata';
import { createHealthApp } from './health.app';

async function main(): Promise<void> {
  const { app } = await createHealthApp();
  // HTTP first (it also creates the topics): /health answers while the consumer joins its group.
  await app.listen(Number(process.env.PORT ?? 3004), process.env.HOST ?? '127.0.0.1');
  await app.startAllMicroservices();
}

void main();
