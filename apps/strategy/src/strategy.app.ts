import { configureHttpApp } from '@frontdoor/http';
import { KafkaEventServer, connectEventConsumer } from '@frontdoor/messaging';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { StrategyModule } from './strategy.module';

export interface StrategyApp {
  app: INestApplication;
  events: KafkaEventServer;
}

/** The configured app with its Kafka consumer attached, not yet started. */
export async function createStrategyApp(): Promise<StrategyApp> {
  const app = await NestFactory.create(StrategyModule, { bufferLogs: true });
  return configureStrategyApp(app);
}

/** HTTP set-up and the Kafka consumer, for an app built here or by a test (with its own clock). */
export function configureStrategyApp(app: INestApplication): StrategyApp {
  configureHttpApp(app, {
    title: 'Strategy discussions',
    description:
      'Strategy discussions when there is reasonable cause to suspect significant harm: opened by a screening decision ' +
      '(strategy discussion or immediate protection) or by hand, due the same working day for red cases. Police, health ' +
      'and (when relevant) education are invited; their attendees and availability give the earliest common slot. The ' +
      "chair records the outcome with each agency's view; s47 outcomes start the 15-working-day ICPC clock, and the " +
      'record is circulated within 1 working day.',
  });
  return { app, events: connectEventConsumer(app) };
}
