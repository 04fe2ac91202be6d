import { EventEnvelope, TopicDefinition } from '@frontdoor/contracts';
import { kafkaSettingsFromEnv, logicalTopic, physicalTopic } from '@frontdoor/messaging';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { eventually } from './eventually';
import { TEST_RUN_ID } from './test-run';

export interface ProbedMessage {
  topic: string;
  key: string | undefined;
  value: string;
  headers: Record<string, string>;
}

/** Reads topics from now on, as an outside observer, so tests can assert what was published. */
export class KafkaProbe {
  readonly messages: ProbedMessage[] = [];
  private consumer?: Consumer;
  private readonly settings = kafkaSettingsFromEnv('test-probe');
  private readonly kafka = new Kafka({
    clientId: 'test-probe',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  });

  async start(topics: TopicDefinition<object>[]): Promise<this> {
    this.consumer = this.kafka.consumer({
      maxWaitTimeInMs: 500,
      groupId: `probe-${TEST_RUN_ID}-${Math.random().toString(36).slice(2)}`,
    });
    const joined = new Promise<void>((resolve) => this.consumer!.on(this.consumer!.events.GROUP_JOIN, () => resolve()));
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: topics.map((topic) => physicalTopic(this.settings, topic.name)),
      fromBeginning: false,
    });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        this.messages.push({
          topic: logicalTopic(this.settings, topic),
          key: message.key?.toString(),
          value: message.value?.toString() ?? '',
          headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
        });
      },
    });
    await Promise.race([
      joined,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('test probe did not join its group in 30 s')), 30_000).unref(),
      ),
    ]);
    return this;
  }

  envelopes<P extends object>(topic: TopicDefinition<P>): EventEnvelope<P>[] {
    return this.messages
      .filter((m) => m.topic === topic.name)
      .flatMap((m) => {
        try {
          return [JSON.parse(m.value) as EventEnvelope<P>];
        } catch {
          return []; // hostile messages a test wrote on purpose
        }
      });
  }

  async waitForEnvelope<P extends object>(
    topic: TopicDefinition<P>,
    matches: (envelope: EventEnvelope<P>) => boolean,
    timeoutMs = 20_000,
  ): Promise<EventEnvelope<P>> {
    return eventually(() => this.envelopes(topic).find(matches), { timeoutMs, what: `a message on ${topic.name}` });
  }

  /** A raw producer for writing hostile or duplicate messages straight onto a (logical) topic. */
  async produceRaw(topic: string, key: string, value: string): Promise<void> {
    await this.produceAll(topic, key, [value]);
  }

  /**
   * Writes `values` in order under one key (so onto one partition); `null` writes a tombstone.
   * Resolves with the partition and each value's offset once the broker has them all.
   */
  async produceAll(
    topic: string,
    key: string,
    values: (string | null)[],
  ): Promise<{ partition: number; offsets: string[] }> {
    const producer = this.kafka.producer();
    await producer.connect();
    try {
      let partition = 0;
      const offsets: string[] = [];
      for (const batch of batchesUnder(BATCH_BYTES, values)) {
        const [written] = await producer.send({
          topic: physicalTopic(this.settings, topic),
          acks: -1,
          messages: batch.map((value) => ({ key, value })),
        });
        partition = written.partition;
        const first = BigInt(written.baseOffset ?? written.offset ?? '0');
        offsets.push(...batch.map((_, index) => String(first + BigInt(index))));
      }
      return { partition, offsets };
    } finally {
      await producer.disconnect();
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

// The broker refuses a batch over its message.max.bytes (1 MiB by default).
const BATCH_BYTES = 512 * 1024;

function batchesUnder(limit: number, values: (string | null)[]): (string | null)[][] {
  const batches: (string | null)[][] = [];
  let size = Infinity;
  for (const value of values) {
    const length = Buffer.byteLength(value ?? '');
    if (size + length > limit) {
      batches.push([]);
      size = 0;
    }
    batches.at(-1)!.push(value);
    size += length;
  }
  return batches;
}
