import {
  DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { INestApplication } from '@nestjs/common';
import { DATABASE_URL } from '@frontdoor/database';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { KafkaEventServer } from './consumer/kafka-event-server';
import { ensureTopics } from './kafka/ensure-topics';
import { EventProducer } from './kafka/event-producer';
import { KAFKA_SETTINGS, KafkaSettings, createKafka, kafkaSettingsFromEnv } from './kafka/kafka-settings';
import { MessagingMetrics } from './metrics/messaging-metrics';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxWriter } from './outbox/outbox-writer';

const TOPICS_RETRY_MS = 5_000;

@Injectable()
class MessagingLifecycle implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly kafka: Kafka,
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaSettings,
    private readonly producer: EventProducer,
    private readonly relay: OutboxRelay,
  ) {}

  private readonly logger = new Logger('Messaging');
  private shuttingDown = false;
  private topicsRetry?: NodeJS.Timeout;

  /**
   * The topics, before anything subscribes. With the broker unreachable the service boots all the
   * same and keeps trying: its use cases write to the outbox, which the relay sends once the
   * broker is back, so intake goes on taking contacts through a broker outage, restarts included.
   */
  async onModuleInit(): Promise<void> {
    try {
      await ensureTopics(this.kafka, this.settings);
    } catch (error) {
      this.logger.warn(`Kafka is unreachable at start-up (${(error as Error).message}); starting without it`);
      this.retryTopics();
    }
  }

  private retryTopics(): void {
    this.topicsRetry = setTimeout(() => {
      ensureTopics(this.kafka, this.settings).then(
        () => this.logger.log('Kafka is reachable again; topics ensured'),
        () => !this.shuttingDown && this.retryTopics(),
      );
    }, TOPICS_RETRY_MS);
    this.topicsRetry.unref();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    clearTimeout(this.topicsRetry);
    await this.relay.stop();
    await this.producer.disconnect();
  }
}

/**
 * Kafka for one service: the outbox writer its use cases call, the relay that publishes the
 * outbox, and (through `connectEventConsumer`) the server that feeds its `@ConsumeEvent` handlers.
 * Adds outbox backlog and consumer lag to the service's metrics (`ObservabilityModule`).
 */
@Module({})
export class MessagingModule {
  static forService(service: string): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: KAFKA_SETTINGS, useFactory: () => kafkaSettingsFromEnv(service) },
        { provide: Kafka, inject: [KAFKA_SETTINGS], useFactory: (settings: KafkaSettings) => createKafka(settings) },
        {
          provide: EventProducer,
          inject: [Kafka, KAFKA_SETTINGS],
          useFactory: (kafka: Kafka, settings: KafkaSettings) => new EventProducer(kafka, settings),
        },
        { provide: OutboxWriter, useFactory: () => new OutboxWriter(service) },
        {
          provide: OutboxRelay,
          inject: [DataSource, EventProducer, DATABASE_URL],
          useFactory: (dataSource: DataSource, producer: EventProducer, url: string) =>
            new OutboxRelay(dataSource, producer, url),
        },
        MessagingLifecycle,
        MessagingMetrics,
      ],
      exports: [KAFKA_SETTINGS, Kafka, EventProducer, OutboxWriter, OutboxRelay],
    };
  }
}

/** Attaches this service's event handlers to Kafka. Call before `app.startAllMicroservices()`. */
export function connectEventConsumer(app: INestApplication): KafkaEventServer {
  const server = new KafkaEventServer({
    kafka: app.get(Kafka),
    settings: app.get<KafkaSettings>(KAFKA_SETTINGS),
    dataSource: app.get(DataSource),
    producer: app.get(EventProducer),
  });
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  return server;
}
