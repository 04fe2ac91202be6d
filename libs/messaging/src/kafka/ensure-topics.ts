import { ALL_TOPICS } from '@frontdoor/contracts';
import { Kafka } from 'kafkajs';
import { KafkaSettings, physicalTopic } from './kafka-settings';

export const DEFAULT_PARTITIONS = 3;

/**
 * Creates every contract topic that does not exist yet. Topics come from the registry, never from
 * broker auto-creation, so each has the partition count that keyed ordering was planned for.
 */
export async function ensureTopics(
  kafka: Kafka,
  settings: Pick<KafkaSettings, 'topicNamespace'>,
  partitions = DEFAULT_PARTITIONS,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = ALL_TOPICS.map((topic) => physicalTopic(settings, topic.name)).filter(
      (name) => !existing.has(name),
    );
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: -1 })),
    });
  } finally {
    await admin.disconnect();
  }
}
