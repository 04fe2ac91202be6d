import { AuditModule } from '@frontdoor/audit';
import { AuthModule, Role } from '@frontdoor/auth';
import { InformationAgency, PartnerAgency, Topics } from '@frontdoor/contracts';
import { DatabaseModule } from '@frontdoor/database';
import { HealthModule } from '@frontdoor/health';
import { InformationSharingModule } from '@frontdoor/information-sharing';
import { MessagingModule } from '@frontdoor/messaging';
import { ObservabilityModule } from '@frontdoor/observability';
import { StrategyInvitationsModule } from '@frontdoor/strategy-invitations';
import { Module } from '@nestjs/common';
import { POLICE_DATABASE } from './database/police-database';
import { IncidentsController } from './incidents/incidents.controller';
import { SubmittedNoticesQuery } from './incidents/submitted-notices.query';
import { RecordIncidentHandler } from './incidents/record-incident.handler';
import { PolicePolicyModule } from './police-policy';
import { PoliceRecords } from './records/police-records';

/**
 * GMP's service: its own records (people, incidents, domestic-abuse history, warning markers,
 * investigations) answering the front door's information requests through the shared
 * information-sharing module, which a police officer reviews when the records say so; and
 * officers' Public Protection Notices, recorded here and sent on to the front door.
 */
@Module({
  imports: [
    ObservabilityModule.forService('police'),
    DatabaseModule.forService(POLICE_DATABASE),
    MessagingModule.forService('police'),
    AuthModule.forRoot(),
    AuditModule,
    HealthModule,
    PolicePolicyModule,
    InformationSharingModule.forAgency({
      agency: InformationAgency.Police,
      requestTopic: Topics.PoliceInformationRequested,
      practitionerRoles: [Role.PoliceOfficer],
      records: PoliceRecords,
    }),
    StrategyInvitationsModule.forAgency({
      agency: PartnerAgency.Police,
      invitationTopic: Topics.PoliceStrategyDiscussionInvited,
      practitionerRoles: [Role.PoliceOfficer],
    }),
  ],
  controllers: [IncidentsController],
  providers: [RecordIncidentHandler, SubmittedNoticesQuery],
})
export class PoliceModule {}
