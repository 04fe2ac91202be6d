import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';

/** `GET /health/live`, `/health/ready` and `/health` for a service with Postgres and Kafka (and Redis, if it imports RedisModule). */
@Module({ imports: [TerminusModule], controllers: [HealthController] })
export class HealthModule {}
