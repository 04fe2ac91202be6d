import { ContactReceivedV1, DeadLetterV1, EventEnvelope, Topics, createEnvelope } from '@frontdoor/contracts';
import { DatabaseModule } from '@frontdoor/database';
import {
  ConsumeEvent,
  EventContext,
  KafkaEventServer,
  MESSAGING_ENTITIES,
  MessagingModule,
  connectEventConsumer,
} from '@frontdoor/messaging';
import { KafkaProbe, eventually, useServiceTestEnvironment } from '@frontdoor/testing';
import { Controller, INestApplication, Module } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { uniqueContact } from '../../../test/support/contacts';

/** Records every call, and fails on purpose for references that ask it to. */
@Controller()
class FlakyConsumer {
  static calls: string[] = [];
  static effects: string[] = [];

  @ConsumeEvent(Topics.ContactReceived)
  async handle(@Payload() envelope: EventEnvelope<ContactReceivedV1>, @Ctx() context: EventContext): Promise<void> {
    const { reference } = envelope.payload;
    FlakyConsumer.calls.push(reference);
    const attempts = FlakyConsumer.calls.filter((call) => call === reference).length;
    // A write inside the consumer's transaction: it must vanish when the attempt fails.
    await context.manager.query(`SELECT 1`);
    if (reference.startsWith('ALWAYS-FAILS')) throw new Error('the handler cannot cope with this');
    if (reference.startsWith('FAILS-TWICE') && attempts <= 2) throw new Error('transient failure');
    FlakyConsumer.effects.push(reference);
  }
}

@Module({
  imports: [
    DatabaseModule.forService({ service: 'screening', entities: MESSAGING_ENTITIES, migrations: [] }),
    MessagingModule.forService('flaky-test'),
  ],
  controllers: [FlakyConsumer],
})
class FlakyModule {}

describe('KafkaEventServer retries, then dead-letters, and never blocks the partition', () => {
  let app: INestApplication;
  let server: KafkaEventServer;
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await new KafkaProbe().start([Topics.DeadLetter]);
    useServiceTestEnvironment('screening', '-flaky');
    const moduleRef = await Test.createTestingModule({ imports: [FlakyModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    server = connectEventConsumer(app);
    await app.startAllMicroservices();
    await app.init();
    await server.joined;
  });

  afterAll(async () => {
    await app?.close();
    await probe?.stop();
  });

  function eventWithReference(reference: string): string {
    const envelope = createEnvelope(
      Topics.ContactReceived,
      {
        contactId: randomUUID(),
        reference,
        receivedAt: new Date().toISOString(),
        submittedBy: { subject: 'test', organisation: 'test', agency: 'education' },
        childIds: [randomUUID()],
        contact: uniqueContact().body,
      },
      { producer: 'test' },
    );
    return JSON.stringify(envelope);
  }

  it('retries a failing handler, applies it once when it recovers, and dead-letters one that never does', async () => {
    const key = randomUUID();
    const suffix = key.slice(0, 8);
    await probe.produceRaw(Topics.ContactReceived.name, key, eventWithReference(`ALWAYS-FAILS-${suffix}`));
    await probe.produceRaw(Topics.ContactReceived.name, key, eventWithReference(`FAILS-TWICE-${suffix}`));
    await probe.produceRaw(Topics.ContactReceived.name, key, eventWithReference(`WORKS-${suffix}`));

    await eventually(() => (FlakyConsumer.effects.includes(`WORKS-${suffix}`) ? true : undefined));
    expect(FlakyConsumer.calls.filter((call) => call === `ALWAYS-FAILS-${suffix}`)).toHaveLength(4);
    expect(FlakyConsumer.calls.filter((call) => call === `FAILS-TWICE-${suffix}`)).toHaveLength(3);
    expect(FlakyConsumer.effects.filter((effect) => effect.endsWith(suffix))).toEqual([
      `FAILS-TWICE-${suffix}`,
      `WORKS-${suffix}`,
    ]);

    const [deadLetter] = await eventually(() => {
      const mine = probe.envelopes<DeadLetterV1>(Topics.DeadLetter).filter((e) => e.payload.key === key);
      return mine.length ? mine : undefined;
    });
    expect(deadLetter.payload).toMatchObject({
      originalTopic: Topics.ContactReceived.name,
      attempts: 4,
      error: 'the handler cannot cope with this',
    });
    expect(JSON.parse(Buffer.from(deadLetter.payload.valueBase64, 'base64').toString()).payload.reference).toBe(
      `ALWAYS-FAILS-${suffix}`,
    );
  });
});
