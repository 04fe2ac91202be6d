import { ALL_TOPICS } from '@frontdoor/contracts';
import { Admin, Kafka } from 'kafkajs';
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
    const names = ALL_TOPICS.map((topic) => physicalTopic(settings, topic.name));
    const existing = new Set(await admin.listTopics());
    const missing = names.filter((name) => !existing.has(name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: -1 })),
      });
    }
    // A topic another service is creating at this moment is listed before its partitions have
    // leaders; subscribing then fails. Wait until every contract topic can be used.
    await untilLed(admin, names);
  } finally {
    await admin.disconnect();
  }
}

async function untilLed(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const led = await admin
      .fetchTopicMetadata({ topics })
      .then((metadata) => metadata.topics.every((topic) => topic.partitions.every((p) => p.leader >= 0)))
      .catch(() => false);
    if (led) return;
    if (Date.now() > deadline) throw new Error(`Kafka topics still have no leader after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
