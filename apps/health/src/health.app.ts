import { configureHttpApp } from '@frontdoor/http';
import { KafkaEventServer, connectEventConsumer } from '@frontdoor/messaging';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HealthServiceModule } from './health.module';

export interface HealthApp {
  app: INestApplication;
  events: KafkaEventServer;
}

/** The configured app with its Kafka consumer attached, not yet started. */
export async function createHealthApp(): Promise<HealthApp> {
  const app = await NestFactory.create(HealthServiceModule, { bufferLogs: true });
  configureHttpApp(app, {
    title: 'Front door: health (NHS partners)',
    description:
      "Answers the front door's information requests from health records: GP registration, health visiting, school nursing, CAMHS and maternity involvement, CP-IS flags and missed appointments. Restricted clinical records and safe addresses never leave.",
  });
  return { app, events: connectEventConsumer(app) };
}
