import { Kafka, Producer, TopicMessages } from 'kafkajs';
import { KafkaSettings, physicalTopic } from './kafka-settings';

export interface OutgoingMessage {
  /** Logical (contract) topic name; the producer adds the namespace. */
  topic: string;
  key: string;
  value: string;
  headers?: Record<string, string>;
}

/**
 * Our one way to write to Kafka: idempotent, and a send resolves only when every in-sync replica
 * has the message (acks=all). Keeps kafkajs behind an interface we own.
 */
export class EventProducer {
  private readonly producer: Producer;
  private connected?: Promise<void>;

  constructor(
    kafka: Kafka,
    private readonly settings: Pick<KafkaSettings, 'topicNamespace'>,
  ) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  }

  async send(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connect();
    const byTopic = new Map<string, TopicMessages>();
    for (const message of messages) {
      const topic = physicalTopic(this.settings, message.topic);
      const batch = byTopic.get(topic) ?? { topic, messages: [] };
      batch.messages.push({ key: message.key, value: message.value, headers: message.headers });
      byTopic.set(topic, batch);
    }
    await this.producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
  }

  async connect(): Promise<void> {
    this.connected ??= this.producer.connect().catch((error: unknown) => {
      this.connected = undefined;
      throw error;
    });
    await this.connected;
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = undefined;
    await this.producer.disconnect();
  }
}
