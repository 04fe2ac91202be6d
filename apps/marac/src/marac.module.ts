import { AuditModule } from '@frontdoor/audit';
import { AuthModule } from '@frontdoor/auth';
import { DatabaseModule } from '@frontdoor/database';
import { HealthModule } from '@frontdoor/health';
import { MessagingModule } from '@frontdoor/messaging';
import { ObservabilityModule } from '@frontdoor/observability';
import { Module } from '@nestjs/common';
import { ActionsController } from './actions/actions.controller';
import { MARAC_DATABASE } from './database/marac-database';
import { MARAC_CLOCK, MaracPolicy, systemClock } from './marac-policy';
import { MeetingListing } from './meetings/meeting-listing';
import { MeetingsController } from './meetings/meetings.controller';
import { PoliceIncidentConsumer } from './referrals/police-incident.consumer';
import { ReferHandler } from './referrals/refer.handler';
import { ReferralsController } from './referrals/referrals.controller';
import { MaracSummaryController } from './reports/marac-summary.controller';
import { ScreeningDecidedConsumer } from './referrals/screening-decided.consumer';
import { InformationAnsweredConsumer } from './research/information-answered.consumer';
import { RequestResearch } from './research/request-research';
import { overdueActionsMetrics } from './actions/overdue-actions.metrics';

/**
 * The DA partnership's MARAC service: referrals from police incidents and partners, the criteria
 * each met, meetings listed by schedule and capacity, agendas, actions and IDVA allocation.
 */
@Module({
  imports: [
    ObservabilityModule.forService('marac'),
    DatabaseModule.forService(MARAC_DATABASE),
    MessagingModule.forService('marac'),
    AuthModule.forRoot(),
    AuditModule,
    HealthModule,
  ],
  controllers: [
    PoliceIncidentConsumer,
    ScreeningDecidedConsumer,
    InformationAnsweredConsumer,
    ReferralsController,
    MeetingsController,
    ActionsController,
    MaracSummaryController,
  ],
  providers: [
    overdueActionsMetrics,
    { provide: MaracPolicy, useFactory: () => MaracPolicy.fromEnv() },
    { provide: MARAC_CLOCK, useValue: systemClock },
    MeetingListing,
    ReferHandler,
    RequestResearch,
  ],
})
export class MaracModule {}
