import { DeadLetterV1, Topics, topicByName } from '@frontdoor/contracts';
import { KafkaEventServer, kafkaSettingsFromEnv, physicalTopic } from '@frontdoor/messaging';
import { KafkaProbe, TEST_RUN_ID, eventually, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { Kafka, logLevel } from 'kafkajs';
import { percentile } from '../../bench/lib/stats';
import { API_SERVICES, ApiService } from '../security/service-apps';
import { hostileMessagesFor } from './hostile-messages';

/**
 * Hostile messages on every topic every service consumes: each must reach the dead-letter topic
 * exactly once per consuming group, and the group must move past it (its committed offset reaches
 * the end of the partition), so one bad message never holds up the good ones behind it.
 *
 * `FUZZ_KAFKA_RUNS` messages per topic (npm test: 40; `npm run fuzz`: 1,000). Prints, per topic and
 * group, how long each message took to reach the dead-letter topic.
 */
const RUNS = Number(process.env.FUZZ_KAFKA_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
jest.setTimeout(Math.max(120_000, RUNS * 300));

interface Consumer {
  service: ApiService;
  groupId: string;
  topics: string[];
}

describe(`hostile Kafka messages on every consumed topic (${RUNS} per topic, seed ${SEED})`, () => {
  const apps: INestApplication[] = [];
  const consumers: Consumer[] = [];
  let probe: KafkaProbe;
  const admin = new Kafka({
    clientId: 'kafka-fuzz',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  }).admin();
  const report: string[] = [];

  beforeAll(async () => {
    probe = await new KafkaProbe().start([Topics.DeadLetter]);
    await admin.connect();
    for (const [service, create] of Object.entries(API_SERVICES) as [
      ApiService,
      () => Promise<{ app: INestApplication; events: KafkaEventServer }>,
    ][]) {
      useServiceTestEnvironment(service, '-kafka-fuzz');
      const { app, events } = await create();
      await app.startAllMicroservices();
      await app.init();
      apps.push(app);
      const topics = [...events.getHandlers().keys()];
      if (topics.length === 0) continue;
      await events.joined;
      consumers.push({ service, groupId: process.env.KAFKA_GROUP_ID!, topics });
    }
  }, 180_000);

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await probe?.stop();
    await admin.disconnect();
    console.log(
      `kafka fuzz (seed ${SEED}): topic, group, dead-lettered, ms to dead-letter p50 / p99 / max\n${report.join('\n')}`,
    );
  });

  it('finds consumers to fuzz', () => {
    expect(consumers.flatMap((c) => c.topics).length).toBeGreaterThan(5);
  });

  it('dead-letters every hostile message once per consuming group and moves past it', async () => {
    const consumedTopics = [...new Set(consumers.flatMap((c) => c.topics))];
    for (const [index, topicName] of consumedTopics.entries()) {
      const topic = topicByName(topicName)!;
      const messages = fc.sample(hostileMessagesFor(topic), { numRuns: RUNS, seed: SEED + index });
      const key = `kafka-fuzz-${TEST_RUN_ID}-${index}`;
      const sentAt = Date.now();
      const { partition, offsets } = await probe.produceAll(
        topicName,
        key,
        messages.map((m) => m.value),
      );

      for (const { groupId } of consumers.filter((c) => c.topics.includes(topicName))) {
        const deadLetters = await eventually(
          () => {
            const mine = probe
              .envelopes<DeadLetterV1>(Topics.DeadLetter)
              .filter((e) => e.payload.key === key && e.payload.consumerGroup === groupId);
            return mine.length >= messages.length ? mine : undefined;
          },
          { timeoutMs: 60_000 + RUNS * 50, what: `${messages.length} dead letters from ${groupId} for ${topicName}` },
        );
        const offsetsSeen = deadLetters.map((d) => d.payload.offset).sort();
        const kinds = (offset: string) => messages[offsets.indexOf(offset)]?.kind;
        expect({ topicName, groupId, offsets: offsetsSeen }).toEqual({
          topicName,
          groupId,
          offsets: [...offsets].sort(),
        });
        expect(
          deadLetters.every((d) => d.payload.originalTopic === topicName && d.payload.partition === partition),
        ).toBe(true);
        expect(deadLetters.filter((d) => d.payload.attempts !== 1).map((d) => kinds(d.payload.offset))).toEqual([]);

        // The group has committed past the last hostile message: the partition is not blocked.
        const end = BigInt(offsets.at(-1)!) + 1n;
        await eventually(
          async () => {
            const [committed] = await admin.fetchOffsets({
              groupId,
              topics: [physicalTopic(kafkaSettingsFromEnv('kafka-fuzz'), topicName)],
            });
            const offset = committed.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
            return BigInt(offset) >= end ? true : undefined;
          },
          { timeoutMs: 30_000, what: `${groupId} to commit past offset ${end} of ${topicName}` },
        );

        const millis = deadLetters.map((d) => Date.parse(d.payload.failedAt) - sentAt).sort((a, b) => a - b);
        report.push(
          `${topicName.padEnd(58)} ${groupId.split('-test-')[0].padEnd(10)} ${String(deadLetters.length).padStart(6)}  ` +
            `${percentile(millis, 50)} / ${percentile(millis, 99)} / ${millis.at(-1)}`,
        );
      }
    }
  });
});
