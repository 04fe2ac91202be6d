import { configureHttpApp } from '@frontdoor/http';
import { KafkaEventServer, connectEventConsumer } from '@frontdoor/messaging';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IntakeModule } from './intake.module';

export interface IntakeApp {
  app: INestApplication;
  events: KafkaEventServer;
}

/** The configured app with its Kafka consumer attached, not yet started. */
export async function createIntakeApp(): Promise<IntakeApp> {
  const app = await NestFactory.create(IntakeModule, { bufferLogs: true });
  configureHttpApp(app, {
    title: 'Front door: intake',
    description: 'Receives contacts about children from police, schools, health and the public.',
  });
  return { app, events: connectEventConsumer(app) };
}
