import { AuditModule } from '@frontdoor/audit';
import { AuthModule } from '@frontdoor/auth';
import { systemClock } from '@frontdoor/calendar';
import { DatabaseModule } from '@frontdoor/database';
import { HealthModule } from '@frontdoor/health';
import { MessagingModule } from '@frontdoor/messaging';
import { ObservabilityModule } from '@frontdoor/observability';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AllocateCaseHandler } from './allocation/allocate-case.handler';
import { AllocationController } from './allocation/allocation.controller';
import { WorkloadQuery } from './allocation/workload.query';
import { DynamicModule, Module } from '@nestjs/common';
import { CasesController } from './cases/cases.controller';
import { ChildrenController } from './children/children.controller';
import { ReadChildQuery } from './children/read-child.query';
import { SearchChildrenQuery } from './children/search-children.query';
import { OpenCaseHandler } from './cases/open-case.handler';
import { ReadCaseQuery } from './cases/read-case.query';
import { SCREENING_DATABASE } from './database/screening-database';
import { DecideCaseHandler } from './decisions/decide-case.handler';
import { DeadlineSweeper } from './deadlines/deadline-sweeper';
import { DecisionsController } from './decisions/decisions.controller';
import { InformationAnsweredConsumer } from './information-requests/information-answered.consumer';
import { InformationRequestsController } from './information-requests/information-requests.controller';
import { RequestInformationHandler } from './information-requests/request-information.handler';
import { ContactReceivedConsumer } from './intake-events/contact-received.consumer';
import { JointDecisionsController } from './joint-decisions/joint-decisions.controller';
import { RecordJointViewHandler } from './joint-decisions/record-joint-view.handler';
import { PersonIndex } from './person-index/person-index';
import { DashboardController } from './reports/dashboard.controller';
import { ReferrerFeedbackController } from './referrer-feedback/referrer-feedback.controller';
import { ResearchRequestConsumer } from './research-for-partners/research-request.consumer';
import { ThresholdConsistencyController } from './reports/threshold-consistency.controller';
import { EmergencyDutyQueueQuery } from './emergency-duty/emergency-duty-queue.query';
import { EmergencyDutyController } from './emergency-duty/emergency-duty.controller';
import { EmergencyDutyHandler } from './emergency-duty/emergency-duty.handler';
import { CLOCK, Clock, ScreeningPolicy } from './screening-policy';
import { ThresholdDocumentController } from './thresholds/threshold-document.controller';
import { WorklistController } from './worklist/worklist.controller';
import { WorklistQuery } from './worklist/worklist.query';
import { screeningSlaBreaches } from './deadlines/sla-breach.metrics';
import { RegisterStaffInterceptor } from './staff/register-staff.interceptor';
import { StaffRegister } from './staff/staff-register';

@Module({
  imports: [
    ObservabilityModule.forService('screening'),
    DatabaseModule.forService(SCREENING_DATABASE),
    MessagingModule.forService('screening'),
    AuthModule.forRoot(),
    AuditModule,
    HealthModule,
  ],
  controllers: [
    ContactReceivedConsumer,
    InformationAnsweredConsumer,
    ResearchRequestConsumer,
    ReferrerFeedbackController,
    InformationRequestsController,
    JointDecisionsController,
    WorklistController,
    CasesController,
    AllocationController,
    ChildrenController,
    DecisionsController,
    ThresholdConsistencyController,
    DashboardController,
    ThresholdDocumentController,
    EmergencyDutyController,
  ],
  providers: [
    screeningSlaBreaches,
    { provide: ScreeningPolicy, useFactory: () => ScreeningPolicy.fromEnv() },
    { provide: CLOCK, useValue: systemClock },
    PersonIndex,
    OpenCaseHandler,
    WorklistQuery,
    ReadCaseQuery,
    SearchChildrenQuery,
    ReadChildQuery,
    DecideCaseHandler,
    RequestInformationHandler,
    DeadlineSweeper,
    RecordJointViewHandler,
    StaffRegister,
    { provide: APP_INTERCEPTOR, useClass: RegisterStaffInterceptor },
    AllocateCaseHandler,
    WorkloadQuery,
    EmergencyDutyQueueQuery,
    EmergencyDutyHandler,
  ],
})
export class ScreeningModule {
  /** The module on another clock: tests put "now" in an evening or on a bank holiday. */
  static onClock(clock: Clock): DynamicModule {
    return { module: ScreeningModule, providers: [{ provide: CLOCK, useValue: clock }] };
  }
}
