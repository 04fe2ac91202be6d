import { topicByName } from '@frontdoor/contracts';
import { MetricsRegistry, sampled } from '@frontdoor/observability';
import { Inject, Injectable, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { KAFKA_SETTINGS, KafkaSettings, logicalTopic, physicalTopic } from '../kafka/kafka-settings';
import { PartitionLag, PartitionWatermarks, consumerLag } from './consumer-lag';

/** Readings are shared between gauges and scrapes for this long. */
export const MESSAGING_SAMPLE_MS = 5_000;

interface OutboxBacklog {
  unsent: number;
  oldestAgeSeconds: number;
}

/**
 * `frontdoor_outbox_unsent_messages`, `frontdoor_outbox_oldest_unsent_age_seconds` and
 * `frontdoor_kafka_consumer_lag{topic, partition}` for this service's consumer group.
 */
@Injectable()
export class MessagingMetrics implements OnModuleInit, OnApplicationShutdown {
  private admin?: Promise<Admin>;

  constructor(
    // Absent where messaging is used without the service's observability (a test's own module).
    @Optional() @Inject(MetricsRegistry) private readonly registry: MetricsRegistry | null,
    private readonly dataSource: DataSource,
    private readonly kafka: Kafka,
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaSettings,
  ) {}

  onModuleInit(): void {
    if (!this.registry) return;
    const registry = this.registry;
    const backlog = sampled(() => this.readOutboxBacklog(), MESSAGING_SAMPLE_MS);
    new Gauge({
      name: 'frontdoor_outbox_unsent_messages',
      help: 'Outbox rows committed but not yet acknowledged by Kafka',
      registers: [registry],
      async collect() {
        this.set((await backlog()).unsent);
      },
    });
    new Gauge({
      name: 'frontdoor_outbox_oldest_unsent_age_seconds',
      help: 'Age of the oldest outbox row not yet published (0 when none)',
      registers: [registry],
      async collect() {
        this.set((await backlog()).oldestAgeSeconds);
      },
    });
    const lag = sampled(() => this.readConsumerLag(), MESSAGING_SAMPLE_MS);
    const group = this.settings.groupId;
    new Gauge({
      name: 'frontdoor_kafka_consumer_lag',
      help: "Messages on each partition not yet handled by this service's consumer group",
      labelNames: ['group', 'topic', 'partition'],
      registers: [registry],
      async collect() {
        const partitions = await lag();
        this.reset();
        for (const { topic, partition, lag: behind } of partitions) {
          this.set({ group, topic, partition: String(partition) }, behind);
        }
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const admin = await this.admin?.catch(() => undefined);
    await admin?.disconnect().catch(() => undefined);
  }

  private async readOutboxBacklog(): Promise<OutboxBacklog> {
    // Both come from the partial index on unsent rows.
    const [row]: { unsent: number; oldest_age: number | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS unsent,
              EXTRACT(EPOCH FROM now() - (SELECT created_at FROM outbox_messages
                                           WHERE sent_at IS NULL ORDER BY id LIMIT 1))::float8 AS oldest_age
         FROM outbox_messages WHERE sent_at IS NULL`,
    );
    return { unsent: row.unsent, oldestAgeSeconds: Math.max(0, row.oldest_age ?? 0) };
  }

  /** Only contract topics in this service's namespace: a shared broker holds other runs' topics too. */
  private async readConsumerLag(): Promise<PartitionLag[]> {
    const admin = await this.connectedAdmin();
    const groupOffsets = await admin.fetchOffsets({ groupId: this.settings.groupId });
    const committed = groupOffsets
      .filter(({ topic }) => topic.startsWith(this.settings.topicNamespace))
      .filter(({ topic }) => topicByName(logicalTopic(this.settings, topic)) !== undefined)
      .flatMap(({ topic, partitions }) =>
        partitions.map(({ partition, offset }) => ({ topic: logicalTopic(this.settings, topic), partition, offset })),
      );
    const watermarks = new Map<string, PartitionWatermarks[]>();
    for (const topic of new Set(committed.map((entry) => entry.topic))) {
      watermarks.set(topic, await admin.fetchTopicOffsets(physicalTopic(this.settings, topic)));
    }
    return consumerLag(committed, watermarks);
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
    return this.admin;
  }
}
