import { Role } from '@frontdoor/auth';
import { ContactReceivedV1, DeadLetterV1, EventEnvelope, Topics, createEnvelope } from '@frontdoor/contracts';
import { KafkaProbe, bearer, eventually, testDatabaseUrl, tokenFor } from '@frontdoor/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { uniqueContact } from './support/contacts';
import { FrontDoorStack, startFrontDoorStack } from './support/front-door-stack';

describe('screening consumes contacts at least once and applies them exactly once', () => {
  let stack: FrontDoorStack;
  let probe: KafkaProbe;
  let screeningDb: DataSource;

  beforeAll(async () => {
    probe = await new KafkaProbe().start([Topics.ContactReceived, Topics.DeadLetter]);
    stack = await startFrontDoorStack();
    screeningDb = stack.screening.get(DataSource);
  });

  afterAll(async () => {
    await stack?.close();
    await probe?.stop();
  });

  function contactEvent(): EventEnvelope<ContactReceivedV1> {
    const contactId = randomUUID();
    return createEnvelope(
      Topics.ContactReceived,
      {
        contactId,
        reference: `FD-TEST-${contactId.slice(0, 6)}`,
        receivedAt: new Date().toISOString(),
        submittedBy: { subject: 'test', organisation: 'school-141001', agency: 'education' },
        childIds: [randomUUID()],
        contact: uniqueContact().body,
      },
      { producer: 'test' },
    );
  }

  async function casesFor(contactId: string): Promise<number> {
    const [{ count }] = await screeningDb.query(
      `SELECT count(*)::int AS count FROM screening_cases WHERE contact_id = $1`,
      [contactId],
    );
    return count;
  }

  it('applies a duplicate delivery of the same event once', async () => {
    const event = contactEvent();
    const value = JSON.stringify(event);
    await probe.produceRaw(Topics.ContactReceived.name, event.payload.contactId, value);
    await probe.produceRaw(Topics.ContactReceived.name, event.payload.contactId, value);
    await eventually(async () => ((await casesFor(event.payload.contactId)) === 1 ? true : undefined));

    // A marker sent after the duplicates on the same key (same partition) proves they were read.
    const marker = contactEvent();
    marker.payload.contactId = event.payload.contactId;
    await probe.produceRaw(Topics.ContactReceived.name, event.payload.contactId, JSON.stringify(marker));
    const group = process.env.KAFKA_GROUP_ID;
    await eventually(async () => {
      const [{ count }] = await screeningDb.query(
        `SELECT count(*)::int AS count FROM inbox_messages WHERE event_id = $1 AND consumer = $2`,
        [marker.eventId, group],
      );
      return count === 1 ? true : undefined;
    });
    expect(await casesFor(event.payload.contactId)).toBe(1);
    const [{ count: inboxRows }] = await screeningDb.query(
      `SELECT count(*)::int AS count FROM inbox_messages WHERE event_id = $1 AND consumer = $2`,
      [event.eventId, group],
    );
    expect(inboxRows).toBe(1);
  });

  it('dead-letters a poison message and still processes the next good message on the same partition', async () => {
    const good = contactEvent();
    const key = good.payload.contactId;
    await probe.produceRaw(Topics.ContactReceived.name, key, '{"this is": not json');
    const wrongShape = contactEvent();
    (wrongShape.payload as unknown as Record<string, unknown>).childIds = 'nope';
    await probe.produceRaw(Topics.ContactReceived.name, key, JSON.stringify(wrongShape));
    await probe.produceRaw(Topics.ContactReceived.name, key, JSON.stringify(good));

    await eventually(async () => ((await casesFor(good.payload.contactId)) === 1 ? true : undefined));
    const deadLetters = await eventually(() => {
      const mine = probe
        .envelopes<DeadLetterV1>(Topics.DeadLetter)
        .filter((e) => e.payload.key === key && e.payload.consumerGroup === process.env.KAFKA_GROUP_ID);
      return mine.length === 2 ? mine : undefined;
    });
    expect(deadLetters.map((d) => d.payload.originalTopic)).toEqual([
      Topics.ContactReceived.name,
      Topics.ContactReceived.name,
    ]);
    expect(Buffer.from(deadLetters[0].payload.valueBase64, 'base64').toString()).toBe('{"this is": not json');
    // The reason never quotes the message (it could be anyone's details); the value is kept as it came.
    expect(deadLetters[0].payload.error).toBe('the message value is not valid JSON');
    expect(deadLetters[1].payload.error).toContain('childIds');
    expect(deadLetters.every((d) => d.payload.attempts === 1)).toBe(true);
  });

  it('waits out its database being unavailable for longer than its retries, then applies the event once', async () => {
    const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
    const database = new URL(testDatabaseUrl('screening')).pathname.slice(1);
    const event = contactEvent();
    try {
      // Closed to new connections, and every open one cut: what a consumer meets in an outage.
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
      await probe.produceRaw(Topics.ContactReceived.name, event.payload.contactId, JSON.stringify(event));
      // Several times the whole retry budget (about 1.4 s) with the database still closed.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    } finally {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    await eventually(async () => ((await casesFor(event.payload.contactId)) === 1 ? true : undefined), {
      timeoutMs: 30_000,
      what: 'the case, once the database is back',
    });
    const deadLettered = probe
      .envelopes<DeadLetterV1>(Topics.DeadLetter)
      .filter((e) => e.payload.key === event.payload.contactId);
    expect(deadLettered).toEqual([]);
  });

  it('publishes what intake stored through the outbox, and leaves no row unsent', async () => {
    const token = await tokenFor(Role.PoliceOfficer);
    const { body } = uniqueContact();
    body.source = { type: 'police' as never, cinCode: '6' };
    const accepted = await request(stack.intake.getHttpServer())
      .post('/contacts')
      .set(bearer(token))
      .send(body)
      .expect(201);
    await probe.waitForEnvelope(Topics.ContactReceived, (e) => e.payload.contactId === accepted.body.contactId);
    const intakeDb = stack.intake.get(DataSource);
    await eventually(async () => {
      const [row] = await intakeDb.query(`SELECT sent_at FROM outbox_messages WHERE message_key = $1`, [
        accepted.body.contactId,
      ]);
      return row?.sent_at ? row : undefined;
    });
  });
});
