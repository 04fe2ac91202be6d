import 'reflect-metadata';
import { createPoliceApp } from './police.app';

async function main(): Promise<void> {
  const { app } = await createPoliceApp();
  await app.startAllMicroservices();
  await app.listen(Number(process.env.PORT ?? 3003), process.env.HOST ?? '127.0.0.1');
}

void main();
