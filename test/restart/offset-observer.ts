import { TopicDefinition } from '@frontdoor/contracts';
import { kafkaSettingsFromEnv, physicalTopic } from '@frontdoor/messaging';
import { TEST_RUN_ID } from '@frontdoor/testing';
import { Admin, Consumer, Kafka, logLevel } from 'kafkajs';

/**
 * Watches one topic from the outside: where each message landed (partition and offset, by key),
 * and what a consumer group has committed. Lets the drill tell how many events the killed process
 * had applied but not yet committed, i.e. how many the restarted one gets a second time.
 */
export class OffsetObserver {
  private readonly kafka = new Kafka({
    clientId: 'restart-test-observer',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  });
  private consumer?: Consumer;
  readonly admin: Admin = this.kafka.admin();
  private readonly positions = new Map<string, { partition: number; offset: number }>();

  /** The topic as the broker names it (with this environment's KAFKA_TOPIC_NAMESPACE). */
  private readonly topic: string;

  constructor(topic: TopicDefinition<object>) {
    this.topic = physicalTopic(kafkaSettingsFromEnv('restart-test-observer'), topic.name);
  }

  async start(): Promise<this> {
    await this.admin.connect();
    this.consumer = this.kafka.consumer({ groupId: `restart-observer-${TEST_RUN_ID}` });
    const joined = new Promise<void>((resolve) => this.consumer!.on(this.consumer!.events.GROUP_JOIN, () => resolve()));
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.topic], fromBeginning: false });
    await this.consumer.run({
      eachMessage: async ({ partition, message }) => {
        const key = message.key?.toString('utf8');
        if (key) this.positions.set(key, { partition, offset: Number(message.offset) });
      },
    });
    await joined;
    return this;
  }

  position(key: string): { partition: number; offset: number } | undefined {
    return this.positions.get(key);
  }

  /** Committed offset (the next one to read) per partition; -1 where the group committed none. */
  async committed(groupId: string): Promise<Map<number, number>> {
    const [offsets] = await this.admin.fetchOffsets({ groupId, topics: [this.topic] });
    return new Map(offsets.partitions.map((p) => [p.partition, Number(p.offset)]));
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.admin.disconnect();
  }
}
