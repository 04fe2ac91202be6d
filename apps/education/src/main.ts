import 'reflect-metadata';
import { createEducationApp } from './education.app';

async function main(): Promise<void> {
  const { app } = await createEducationApp();
  await app.startAllMicroservices();
  await app.listen(Number(process.env.PORT ?? 3005), process.env.HOST ?? '127.0.0.1');
}

void main();
