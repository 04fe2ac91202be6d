import { configureHttpApp } from '@frontdoor/http';
import { KafkaEventServer, connectEventConsumer } from '@frontdoor/messaging';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PoliceModule } from './police.module';

export interface PoliceApp {
  app: INestApplication;
  events: KafkaEventServer;
}

/** The configured app with its Kafka consumer attached, not yet started. */
export async function createPoliceApp(): Promise<PoliceApp> {
  const app = await NestFactory.create(PoliceModule, { bufferLogs: true });
  configureHttpApp(app, {
    title: 'GMP: police incidents and information sharing',
    description:
      'Officers submit Public Protection Notices (with DASH for domestic abuse), which GMP records and the front door receives. ' +
      "Answers the front door's information requests from GMP's records: incidents, domestic-abuse history, " +
      'warning markers and open investigations. Restricted markers, sensitive investigations and safe addresses never leave.',
  });
  return { app, events: connectEventConsumer(app) };
}
