import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';

/** `GET /health` for a service that has Postgres, Redis and Kafka. */
@Module({ imports: [TerminusModule], controllers: [HealthController] })
export class HealthModule {}
