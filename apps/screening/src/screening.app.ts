import { configureHttpApp } from '@frontdoor/http';
import { KafkaEventServer, connectEventConsumer } from '@frontdoor/messaging';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock } from './screening-policy';
import { ScreeningModule } from './screening.module';

export interface ScreeningApp {
  app: INestApplication;
  events: KafkaEventServer;
}

/** The configured app with its Kafka consumer attached, not yet started. */
export async function createScreeningApp(options: { clock?: Clock } = {}): Promise<ScreeningApp> {
  const module = options.clock ? ScreeningModule.onClock(options.clock) : ScreeningModule;
  const app = await NestFactory.create(module, { bufferLogs: true });
  configureHttpApp(app, {
    title: 'Front door: screening',
    description: 'Screens contacts: worklist, threshold guidance, decisions and management sign-off.',
  });
  return { app, events: connectEventConsumer(app) };
}
