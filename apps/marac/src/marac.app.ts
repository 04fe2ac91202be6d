import { configureHttpApp } from '@frontdoor/http';
import { KafkaEventServer, connectEventConsumer } from '@frontdoor/messaging';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MaracModule } from './marac.module';

export interface MaracApp {
  app: INestApplication;
  events: KafkaEventServer;
}

/** The configured app with its Kafka consumer attached, not yet started. */
export async function createMaracApp(): Promise<MaracApp> {
  const app = await NestFactory.create(MaracModule, { bufferLogs: true });
  configureHttpApp(app, {
    title: 'MARAC: referrals, meetings and action plans',
    description:
      'High-risk domestic abuse cases: referrals from police incidents and from any partner, the SafeLives criteria each met ' +
      '(repeat found across sources), weekly meetings with capacity and research cut-off, agendas, actions and IDVA allocation. ' +
      "A victim's safe address is shown only to the IDVA and police.",
  });
  return { app, events: connectEventConsumer(app) };
}
