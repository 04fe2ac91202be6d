import { AuditModule } from '@frontdoor/audit';
import { AuthModule } from '@frontdoor/auth';
import { DatabaseModule } from '@frontdoor/database';
import { HealthModule } from '@frontdoor/health';
import { MessagingModule } from '@frontdoor/messaging';
import { ObservabilityModule } from '@frontdoor/observability';
import { Module } from '@nestjs/common';
import { AttendanceConfirmedConsumer } from './attendance/attendance-confirmed.consumer';
import { InvitationDeclinedConsumer } from './attendance/invitation-declined.consumer';
import { RecordAttendanceHandler } from './attendance/record-attendance.handler';
import { STRATEGY_DATABASE } from './database/strategy-database';
import { DiscussionsController } from './discussions/discussions.controller';
import { OpenDiscussionHandler } from './discussions/open-discussion.handler';
import { ScreeningDecidedConsumer } from './discussions/screening-decided.consumer';
import { RecordOutcomeHandler } from './outcomes/record-outcome.handler';
import { STRATEGY_CLOCK, StrategyPolicy, systemClock } from './strategy-policy';
import { overdueDiscussionsMetrics } from './discussions/overdue-discussions.metrics';

/**
 * The front door's strategy discussions: opened by a screening decision or by hand, agencies
 * invited on their own topics, their attendees and availability (or declines and why) turned into a proposed slot,
 * the chair's outcome with each agency's view, and the deadlines that follow (record, ICPC).
 */
@Module({
  imports: [
    ObservabilityModule.forService('strategy'),
    DatabaseModule.forService(STRATEGY_DATABASE),
    MessagingModule.forService('strategy'),
    AuthModule.forRoot(),
    AuditModule,
    HealthModule,
  ],
  controllers: [
    ScreeningDecidedConsumer,
    AttendanceConfirmedConsumer,
    InvitationDeclinedConsumer,
    DiscussionsController,
  ],
  providers: [
    overdueDiscussionsMetrics,
    { provide: StrategyPolicy, useFactory: () => StrategyPolicy.fromEnv() },
    { provide: STRATEGY_CLOCK, useValue: systemClock },
    OpenDiscussionHandler,
    RecordAttendanceHandler,
    RecordOutcomeHandler,
  ],
})
export class StrategyModule {}
