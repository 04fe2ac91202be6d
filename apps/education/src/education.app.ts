import { configureHttpApp } from '@frontdoor/http';
import { KafkaEventServer, connectEventConsumer } from '@frontdoor/messaging';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EducationModule } from './education.module';

export interface EducationApp {
  app: INestApplication;
  events: KafkaEventServer;
}

/** The configured app with its Kafka consumer attached, not yet started. */
export async function createEducationApp(): Promise<EducationApp> {
  return configureEducationApp(await NestFactory.create(EducationModule, { bufferLogs: true }));
}

/**
 * HTTP configuration and the Kafka consumer, on an app built from EducationModule (tests build one
 * from a testing module to replace the clock).
 */
export function configureEducationApp(app: INestApplication): EducationApp {
  configureHttpApp(app, {
    title: 'Front door: education',
    description:
      "Schools and LA education: answers the front door's information requests about pupils (school, attendance, exclusions, DSL concerns, SEN), and tells schools of police domestic abuse incidents (Operation Encompass).",
  });
  return { app, events: connectEventConsumer(app) };
}
