import { ContractViolationError, Topics, createEnvelope, parseEnvelope, topicByName } from '@frontdoor/contracts';
import {
  CORRELATION_KAFKA_HEADER,
  correlationIdFrom,
  currentCorrelationId,
  withCorrelationId,
  withTraceContext,
} from '@frontdoor/observability';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import { EventProducer } from '../kafka/event-producer';
import { KafkaSettings, logicalTopic, physicalTopic } from '../kafka/kafka-settings';
import { EventContext } from './event-context';
import { keepConsuming } from './keep-consuming';
import { RetryPolicy, exponentialBackoff } from './retry-policy';
import { isTransientFailure } from './transient-failure';

export interface KafkaEventServerOptions {
  kafka: Kafka;
  settings: KafkaSettings;
  dataSource: DataSource;
  producer: EventProducer;
  retry?: RetryPolicy;
  /** Partitions handled side by side; order within a partition (one case) is kept. */
  partitionsConsumedConcurrently?: number;
}

/**
 * Nest transport that feeds `@ConsumeEvent` handlers from Kafka with the guarantees Nest's own
 * Kafka server lacks: each event is validated against its contract, applied at most once per
 * consumer group (inbox row in the handler's transaction), retried with backoff when it fails,
 * and sent to the dead-letter topic when it cannot be handled, so the partition moves on and
 * nothing is dropped.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private consumer?: Consumer;
  private closing = false;
  private readonly retry: RetryPolicy;
  private joinedResolve!: () => void;
  /** Resolves once the consumer has joined its group and been given partitions. */
  readonly joined = new Promise<void>((resolve) => (this.joinedResolve = resolve));

  constructor(private readonly options: KafkaEventServerOptions) {
    super();
    this.retry = options.retry ?? exponentialBackoff();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const topics = [...this.messageHandlers.keys()];
      if (topics.length === 0) return callback();
      const { kafka, settings } = this.options;
      // A short fetch wait keeps shutdown (and rebalances) quick; data still returns as soon as it arrives.
      this.consumer = kafka.consumer({
        groupId: settings.groupId,
        allowAutoTopicCreation: false,
        maxWaitTimeInMs: 1000,
        sessionTimeout: settings.sessionTimeoutMs,
      });
      this.consumer.on(this.consumer.events.GROUP_JOIN, () => this.joinedResolve());
      await this.consumer.connect();
      await this.consumer.subscribe({
        topics: topics.map((topic) => physicalTopic(settings, topic)),
        fromBeginning: settings.fromBeginning,
      });
      await keepConsuming(
        this.consumer,
        {
          partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
          // Logs and the events a handler raises carry the id of the request that started it all.
          eachMessage: (message) =>
            withCorrelationId(correlationIdFrom(message.message.headers?.[CORRELATION_KAFKA_HEADER]), () =>
              this.handleMessage(message),
            ),
        },
        { closing: () => this.closing, logger: this.logger },
      );
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.consumer?.disconnect();
  }

  on(event: string, callback: Function): void {
    this.consumer?.on(event as never, callback as never);
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async handleMessage(received: EachMessagePayload): Promise<void> {
    // From here on the topic is the contract's (logical) name.
    const message = { ...received, topic: logicalTopic(this.options.settings, received.topic) };
    const topic = topicByName(message.topic);
    let envelope;
    try {
      if (!topic) throw new Error(`no contract registered for topic ${message.topic}`);
      envelope = parseEnvelope(topic, JSON.parse(message.message.value?.toString('utf8') ?? 'null'));
    } catch (error) {
      // A message that breaks its contract will never succeed: no retries.
      // JSON.parse quotes the text around the fault, which may be personal data: say only what broke.
      const reason = error instanceof SyntaxError ? 'the message value is not valid JSON' : describe(error);
      return this.deadLetter(message, reason, 1);
    }
    const parsed = envelope;
    return withCorrelationId(parsed.correlationId, () =>
      withTraceContext(parsed.traceparent, () => this.applyWithRetries(parsed, message)),
    );
  }

  /**
   * A failure of the message (a broken rule, a bug) is retried a few times, then dead-lettered so
   * the partition moves on. A failure of what the handler stands on (Postgres down or restarting)
   * is retried until it is back, however long: the message is good, and every message behind it
   * would fail the same way.
   */
  private async applyWithRetries(envelope: EventContext['envelope'], message: EachMessagePayload): Promise<void> {
    for (let attempt = 1, outage = 0; ;) {
      try {
        await this.applyOnce(envelope, message);
        this.logger.debug?.(
          `handled ${envelope.type} ${message.topic}[${message.partition}]@${message.message.offset}`,
        );
        return;
      } catch (error) {
        if (isTransientFailure(error) && !(error instanceof ContractViolationError)) {
          // Not committed: a consumer that stops now sees the message again when it restarts.
          if (this.closing) throw error;
          outage++;
          this.logger.warn(`handler for ${message.topic} waiting for its database (try ${outage}): ${describe(error)}`);
          await new Promise((resolve) => setTimeout(resolve, this.retry.delayMs(Math.min(outage, 6))));
          // Stay in the group while waiting, so the partition is not handed to another member mid-message.
          await message.heartbeat().catch(() => undefined);
          continue;
        }
        if (attempt >= this.retry.maxAttempts || error instanceof ContractViolationError) {
          return this.deadLetter(message, describe(error), attempt);
        }
        this.logger.warn(`handler for ${message.topic} failed (attempt ${attempt}): ${describe(error)}`);
        await new Promise((resolve) => setTimeout(resolve, this.retry.delayMs(attempt)));
        attempt++;
      }
    }
  }

  private async applyOnce(envelope: EventContext['envelope'], message: EachMessagePayload): Promise<void> {
    const handler = this.getHandlerByPattern(message.topic);
    if (!handler) throw new Error(`no handler for ${message.topic}`);
    await this.options.dataSource.transaction(async (manager) => {
      const firstTime: unknown[] = await manager.query(
        `INSERT INTO inbox_messages (consumer, event_id, topic) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.settings.groupId, envelope.eventId, message.topic],
      );
      if (firstTime.length === 0) return;
      const context = new EventContext(envelope, manager, message.topic, message.partition, message.message.offset);
      await lastValueFrom(this.transformToObservable(await handler(envelope, context)), { defaultValue: undefined });
    });
  }

  /** If even this fails the error propagates: kafkajs then redelivers instead of moving on. */
  private async deadLetter(message: EachMessagePayload, error: string, attempts: number): Promise<void> {
    this.logger.error(`dead-lettering ${message.topic}[${message.partition}]@${message.message.offset}: ${error}`);
    const deadLetter = createEnvelope(
      Topics.DeadLetter,
      {
        originalTopic: message.topic,
        partition: message.partition,
        offset: message.message.offset,
        key: message.message.key?.toString('utf8'),
        valueBase64: (message.message.value ?? Buffer.alloc(0)).toString('base64'),
        consumerGroup: this.options.settings.groupId,
        error: error.slice(0, 4000),
        attempts,
        failedAt: new Date().toISOString(),
      },
      { producer: this.options.settings.clientId, correlationId: currentCorrelationId() },
    );
    await this.options.producer.send([
      {
        topic: Topics.DeadLetter.name,
        key: message.message.key?.toString('utf8') ?? `${message.topic}:${message.partition}`,
        value: JSON.stringify(deadLetter),
        headers: {
          'event-type': deadLetter.type,
          'original-topic': message.topic,
          [CORRELATION_KAFKA_HEADER]: deadLetter.correlationId,
        },
      },
    ]);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
