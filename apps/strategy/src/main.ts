import 'reflect-metadata';
import { createStrategyApp } from './strategy.app';

async function main(): Promise<void> {
  const { app } = await createStrategyApp();
  // Listen first so health checks answer while the consumer joins its group.
  await app.listen(Number(process.env.PORT ?? 3007), process.env.HOST ?? '127.0.0.1');
  await app.startAllMicroservices();
}

void main();
