// What the probes say when a dependency is gone, on real services: intake with no broker to
// reach (a port nothing listens on) keeps taking contacts into its outbox and stays ready; a
// service that does not use Redis stays ready with Redis unreachable; /health still tells a
// person what is down.
import { Role } from '@frontdoor/auth';
import { bearer, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EXAMPLE_CONTACT } from '../../apps/intake/src/contacts/contact.example';
import { createIntakeApp } from '../../apps/intake/src/intake.app';
import { createScreeningApp } from '../../apps/screening/src/screening.app';

/** A local port with nothing listening on it: what a stopped broker or Redis looks like to a client. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('health probes when a dependency is down', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('intake without Kafka: live, ready, takes and stores a contact; /health says Kafka is down', async () => {
    useServiceTestEnvironment('intake');
    process.env.KAFKA_BROKERS = `127.0.0.1:${await closedPort()}`;
    const { app } = await createIntakeApp();
    try {
      await app.init();
      const http = () => request(app.getHttpServer());
      await http().get('/health/live').expect(200, { status: 'ok' });
      const ready = await http().get('/health/ready').expect(200);
      expect(Object.keys(ready.body.details)).toEqual(['postgres', 'redis']);

      const contact = await http()
        .post('/contacts')
        .set(bearer(await tokenFor(Role.SchoolDsl)))
        .set('Idempotency-Key', randomUUID())
        .send(EXAMPLE_CONTACT)
        .expect(201);
      const stored = await app
        .get(DataSource)
        .query('SELECT count(*) AS n FROM outbox_messages WHERE message_key = $1 AND sent_at IS NULL', [
          contact.body.contactId,
        ]);
      expect(Number(stored[0].n)).toBe(1);

      const everything = await http().get('/health').expect(503);
      expect(everything.body.checks).toMatchObject({ postgres: { status: 'up' }, kafka: { status: 'down' } });
      await http().get('/health/ready').expect(200);
    } finally {
      await app.close();
    }
  });

  it('screening, which does not use Redis, stays ready with Redis unreachable', async () => {
    useServiceTestEnvironment('screening');
    process.env.REDIS_URL = `redis://127.0.0.1:${await closedPort()}`;
    const { app } = await createScreeningApp();
    try {
      await app.init();
      const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(Object.keys(ready.body.details)).toEqual(['postgres']);
      await request(app.getHttpServer()).get('/health').expect(200);
    } finally {
      await app.close();
    }
  });

  it('intake, which does use Redis, is not ready with Redis unreachable', async () => {
    useServiceTestEnvironment('intake');
    process.env.REDIS_URL = `redis://127.0.0.1:${await closedPort()}`;
    const { app } = await createIntakeApp();
    try {
      await app.init();
      const notReady = await request(app.getHttpServer()).get('/health/ready').expect(503);
      expect(notReady.body.checks).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'down' } });
      await request(app.getHttpServer()).get('/health/live').expect(200);
    } finally {
      await app.close();
    }
  });
});
