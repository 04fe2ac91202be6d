import { Kafka, logLevel } from 'kafkajs';
import { logKafkaEntry } from './kafka-log';

// We key every message ourselves; kafkajs's notice about its v2 default partitioner is noise.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

export const KAFKA_SETTINGS = Symbol('KAFKA_SETTINGS');

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Consumer group of this service; tests give each run its own. */
  groupId: string;
  /** A brand-new group reads from the start of each topic so nothing published before it is missed. */
  fromBeginning: boolean;
  /**
   * Prefix on every physical topic name, so test runs and a local `npm start` can share one
   * broker without reading each other's events. Contracts and outbox rows keep logical names.
   */
  topicNamespace: string;
  /**
   * How long the broker waits for a silent consumer (a crashed or frozen process) before handing
   * its partitions to the rest of the group: kafkajs's 30 s unless KAFKA_SESSION_TIMEOUT_MS says.
   */
  sessionTimeoutMs?: number;
}

const TOPIC_NAMESPACE = /^[a-z0-9.-]*$/;

export function physicalTopic(settings: Pick<KafkaSettings, 'topicNamespace'>, logicalName: string): string {
  return `${settings.topicNamespace}${logicalName}`;
}

export function logicalTopic(settings: Pick<KafkaSettings, 'topicNamespace'>, physicalName: string): string {
  return physicalName.startsWith(settings.topicNamespace)
    ? physicalName.slice(settings.topicNamespace.length)
    : physicalName;
}

export function kafkaSettingsFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): KafkaSettings {
  const brokers = (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS must list at least one broker (host:port)');
  const fromBeginning = (env.KAFKA_FROM_BEGINNING ?? 'true') === 'true';
  // Starting a new group at the end of a topic skips whatever was published before its first
  // commit: acceptable for a test run's throwaway group, a silent loss anywhere else.
  if (!fromBeginning && env.NODE_ENV !== 'test') {
    throw new Error('KAFKA_FROM_BEGINNING=false is for test runs only (NODE_ENV=test)');
  }
  const topicNamespace = env.KAFKA_TOPIC_NAMESPACE ?? '';
  if (!TOPIC_NAMESPACE.test(topicNamespace)) {
    throw new Error('KAFKA_TOPIC_NAMESPACE may hold only lower-case letters, digits, "." and "-"');
  }
  const sessionTimeoutMs = env.KAFKA_SESSION_TIMEOUT_MS ? Number(env.KAFKA_SESSION_TIMEOUT_MS) : undefined;
  if (sessionTimeoutMs !== undefined && !(Number.isInteger(sessionTimeoutMs) && sessionTimeoutMs >= 6000)) {
    throw new Error(
      'KAFKA_SESSION_TIMEOUT_MS must be a whole number of milliseconds, at least 6000 (the broker minimum)',
    );
  }
  return {
    brokers,
    topicNamespace,
    sessionTimeoutMs,
    clientId: env.KAFKA_CLIENT_ID ?? service,
    groupId: env.KAFKA_GROUP_ID ?? service,
    fromBeginning,
  };
}

export function createKafka(settings: KafkaSettings): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    logLevel: logLevel.WARN,
    logCreator: () => logKafkaEntry,
  });
}
