import { ObservabilityModule } from '@frontdoor/observability';
import { RedisModule } from '@frontdoor/redis';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AllocationController } from './allocation/allocation.controller';
import { CaseReferralsController } from './cases/case-referrals.controller';
import { CasesController } from './cases/cases.controller';
import { ChildrenController } from './children/children.controller';
import { ClientsModule } from './clients/clients.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { PortalHealthController } from './health/portal-health.controller';
import { HomeController } from './home.controller';
import { InformationPagesController } from './information/information-pages.controller';
import { LogContactController } from './log-contact/log-contact.controller';
import { MyReferralsController } from './my-referrals/my-referrals.controller';
import { PartnershipModule } from './partnership.module';
import { PortalConfigModule } from './portal-config.module';
import { ReferralsController } from './referrals/referrals.controller';
import { PageAccessGuard } from './session/page-access';
import { SessionController } from './session/session.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { SignInRateLimitModule } from './sign-in/sign-in-rate-limit';
import { EmergencyDutyController } from './emergency-duty/emergency-duty.controller';
import { WorklistController } from './worklist/worklist.controller';

@Module({
  imports: [
    ObservabilityModule.forService('portal', { metricsEndpoint: false }),
    PortalConfigModule,
    RedisModule,
    TerminusModule,
    ClientsModule,
    DashboardModule,
    SignInRateLimitModule,
    PartnershipModule,
  ],
  controllers: [
    PortalHealthController,
    HomeController,
    InformationPagesController,
    SignInController,
    SessionController,
    ReferralsController,
    MyReferralsController,
    WorklistController,
    LogContactController,
    CasesController,
    CaseReferralsController,
    AllocationController,
    ChildrenController,
    EmergencyDutyController,
  ],
  providers: [{ provide: APP_GUARD, useClass: PageAccessGuard }],
})
export class PortalModule {}
