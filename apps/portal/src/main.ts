import 'reflect-metadata';
import { createPortalApp } from './portal.app';

async function main(): Promise<void> {
  const { app, config } = await createPortalApp();
  await app.listen(config.port, config.host);
}

void main();
