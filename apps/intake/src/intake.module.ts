import { AuditModule } from '@frontdoor/audit';
import { AuthModule } from '@frontdoor/auth';
import { DatabaseModule } from '@frontdoor/database';
import { HealthModule } from '@frontdoor/health';
import { MessagingModule } from '@frontdoor/messaging';
import { ObservabilityModule } from '@frontdoor/observability';
import { RedisConnection, RedisModule } from '@frontdoor/redis';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { systemClock } from '@frontdoor/calendar';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { Request } from 'express';
import { ContactsController } from './contacts/contacts.controller';
import { ReadContactHandler } from './contacts/read-contact.handler';
import { SubmitContactHandler } from './contacts/submit-contact.handler';
import { INTAKE_DATABASE } from './database/intake-database';
import { INTAKE_CLOCK } from './intake-clock';
import { PoliceIncidentConsumer } from './police-incidents/police-incident.consumer';
import { REFERRER_EMAIL_PROVIDERS } from './referrer-emails/email-sender.provider';
import { NotifyReferrerHandler } from './referrer-emails/notify-referrer.handler';
import { ReferrerEmailDelivery } from './referrer-emails/referrer-email-delivery';
import { ReferrerEmailsController } from './referrer-emails/referrer-emails.controller';
import { ReferrerEmailsQuery } from './referrer-emails/referrer-emails.query';
import { ScreeningDecidedConsumer } from './referrer-emails/screening-decided.consumer';

@Module({
  imports: [
    ObservabilityModule.forService('intake'),
    DatabaseModule.forService(INTAKE_DATABASE),
    MessagingModule.forService('intake'),
    AuthModule.forRoot(),
    AuditModule,
    RedisModule,
    HealthModule,
    // A runaway client (or a script gone wrong) cannot flood the front door; counted in Redis so
    // every replica shares the limit.
    ThrottlerModule.forRootAsync({
      inject: [RedisConnection],
      useFactory: (redis: RedisConnection) => ({
        throttlers: [
          { name: 'per-minute', ttl: 60_000, limit: Number(process.env.INTAKE_RATE_LIMIT_PER_MINUTE ?? 6000) },
        ],
        storage: new ThrottlerStorageRedisService(redis),
        // Not the probes (a kubelet every few seconds), and not Kafka events, which have no client to limit.
        skipIf: (context) =>
          context.getType() !== 'http' || context.switchToHttp().getRequest<Request>().path.startsWith('/health'),
      }),
    }),
  ],
  controllers: [ContactsController, ReferrerEmailsController, PoliceIncidentConsumer, ScreeningDecidedConsumer],
  providers: [
    SubmitContactHandler,
    ReadContactHandler,
    NotifyReferrerHandler,
    ReferrerEmailsQuery,
    ReferrerEmailDelivery,
    ...REFERRER_EMAIL_PROVIDERS,
    { provide: INTAKE_CLOCK, useValue: systemClock },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
  ],
})
export class IntakeModule {}
