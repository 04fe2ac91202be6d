import { Global, Module } from '@nestjs/common';
import { PORTAL_CONFIG, type PortalConfig } from '../portal-config';
import { IntakeClient } from './intake.client';
import { ScreeningClient } from './screening.client';
import { ServiceClient } from './service-client';

/** One typed client per service the portal calls, at the base URLs from the configuration. */
@Global()
@Module({
  providers: [
    {
      provide: IntakeClient,
      inject: [PORTAL_CONFIG],
      useFactory: (config: PortalConfig) => new IntakeClient(new ServiceClient('intake', config.services.intake)),
    },
    {
      provide: ScreeningClient,
      inject: [PORTAL_CONFIG],
      useFactory: (config: PortalConfig) =>
        new ScreeningClient(new ServiceClient('screening', config.services.screening)),
    },
  ],
  exports: [IntakeClient, ScreeningClient],
})
export class ClientsModule {}
