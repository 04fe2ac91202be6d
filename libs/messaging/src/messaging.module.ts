import {
  DynamicModule,
  Inject,
  Injectable,
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

@Injectable()
class MessagingLifecycle implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly kafka: Kafka,
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaSettings,
    private readonly producer: EventProducer,
    private readonly relay: OutboxRelay,
  ) {}

  async onModuleInit(): Promise<void> {
    await ensureTopics(this.kafka, this.settings);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
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
