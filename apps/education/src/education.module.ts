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
import { EDUCATION_DATABASE } from './database/education-database';
import { EducationClockModule } from './education-clock';
import {
  EncompassNotificationsController,
  EncompassUnmatchedController,
} from './encompass/encompass-notifications.controller';
import { EncompassNotifications } from './encompass/encompass-notifications.service';
import { PoliceIncidentConsumer } from './encompass/police-incident.consumer';
import { RecordEncompassNotifications } from './encompass/record-encompass-notifications';
import { EducationRecords } from './records/education-records';
import { ReadSchoolQuery } from './schools/read-school.query';
import { SchoolsController } from './schools/schools.controller';

/**
 * Schools and LA education: school rolls, attendance, exclusions, DSL-logged concerns and SEN,
 * answering the front door's information requests through the shared information-sharing module
 * (an LA education officer reviews answers about pupils on the protected roll), and Operation
 * Encompass: police incidents become notifications to the children's schools.
 */
@Module({
  imports: [
    ObservabilityModule.forService('education'),
    DatabaseModule.forService(EDUCATION_DATABASE),
    MessagingModule.forService('education'),
    AuthModule.forRoot(),
    AuditModule,
    HealthModule,
    EducationClockModule,
    InformationSharingModule.forAgency({
      agency: InformationAgency.Education,
      requestTopic: Topics.EducationInformationRequested,
      practitionerRoles: [Role.EducationOfficer],
      records: EducationRecords,
    }),
    StrategyInvitationsModule.forAgency({
      agency: PartnerAgency.Education,
      invitationTopic: Topics.EducationStrategyDiscussionInvited,
      practitionerRoles: [Role.EducationOfficer],
    }),
  ],
  controllers: [
    SchoolsController,
    EncompassNotificationsController,
    EncompassUnmatchedController,
    PoliceIncidentConsumer,
  ],
  providers: [ReadSchoolQuery, RecordEncompassNotifications, EncompassNotifications],
})
export class EducationModule {}
