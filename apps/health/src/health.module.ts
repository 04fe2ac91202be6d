import { AuditModule } from '@frontdoor/audit';
import { AuthModule } from '@frontdoor/auth';
import { InformationAgency, PartnerAgency, Topics } from '@frontdoor/contracts';
import { DatabaseModule } from '@frontdoor/database';
import { HealthModule } from '@frontdoor/health';
import { InformationSharingModule } from '@frontdoor/information-sharing';
import { MessagingModule } from '@frontdoor/messaging';
import { ObservabilityModule } from '@frontdoor/observability';
import { StrategyInvitationsModule } from '@frontdoor/strategy-invitations';
import { Module } from '@nestjs/common';
import { HEALTH_DATABASE } from './database/health-database';
import { HEALTH_PRACTITIONERS } from './health-roles';
import { HealthRecords } from './records/health-records';

/**
 * The NHS partners' service: its own patient records, answering the front door's information
 * requests through the shared information-sharing lib. (`HealthModule` from @frontdoor/health
 * is the /health endpoint every service has, nothing to do with the NHS.)
 */
@Module({
  imports: [
    ObservabilityModule.forService('health'),
    DatabaseModule.forService(HEALTH_DATABASE),
    MessagingModule.forService('health'),
    AuthModule.forRoot(),
    AuditModule,
    HealthModule,
    InformationSharingModule.forAgency({
      agency: InformationAgency.Health,
      requestTopic: Topics.HealthInformationRequested,
      practitionerRoles: HEALTH_PRACTITIONERS,
      records: HealthRecords,
    }),
    StrategyInvitationsModule.forAgency({
      agency: PartnerAgency.Health,
      invitationTopic: Topics.HealthStrategyDiscussionInvited,
      practitionerRoles: HEALTH_PRACTITIONERS,
    }),
  ],
})
export class HealthServiceModule {}
