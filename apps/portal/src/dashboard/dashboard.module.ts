import { Module } from '@nestjs/common';
import { ReportsClient } from '../clients/reports.client';
import { ServiceClient } from '../clients/service-client';
import { PORTAL_CONFIG, type PortalConfig } from '../portal-config';
import { DashboardController } from './dashboard.controller';

@Module({
  controllers: [DashboardController],
  providers: [
    {
      provide: ReportsClient,
      inject: [PORTAL_CONFIG],
      useFactory: (config: PortalConfig) =>
        new ReportsClient(
          new ServiceClient('screening', config.services.screening),
          new ServiceClient('marac', config.services.marac),
        ),
    },
  ],
})
export class DashboardModule {}
