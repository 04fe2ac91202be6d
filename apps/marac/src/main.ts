import 'reflect-metadata';
import { createMaracApp } from './marac.app';

async function main(): Promise<void> {
  const { app } = await createMaracApp();
  // Listen first so health checks answer while the consumer joins its group.
  await app.listen(Number(process.env.PORT ?? 3006), process.env.HOST ?? '127.0.0.1');
  await app.startAllMicroservices();
}

void main();
