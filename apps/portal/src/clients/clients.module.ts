import { Global, Module } from '@nestjs/common';
import { PORTAL_CONFIG, type PortalConfig } from '../portal-config';
import { EducationClient } from './education.client';
import { InformationRequestClients, InformationRequestsClient } from './information-requests.client';
import { IntakeClient } from './intake.client';
import { MaracClient } from './marac.client';
import { PoliceClient } from './police.client';
import { ScreeningClient } from './screening.client';
import { ServiceClient } from './service-client';
import { StrategyClient } from './strategy.client';
import { StrategyInvitationClients, StrategyInvitationsClient } from './strategy-invitations.client';

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
    {
      provide: EducationClient,
      inject: [PORTAL_CONFIG],
      useFactory: (config: PortalConfig) =>
        new EducationClient(new ServiceClient('education', config.services.education)),
    },
    {
      provide: MaracClient,
      inject: [PORTAL_CONFIG],
      useFactory: (config: PortalConfig) => new MaracClient(new ServiceClient('marac', config.services.marac)),
    },
    {
      // The same routes on each agency's own service: police, health, education.
      provide: InformationRequestClients,
      inject: [PORTAL_CONFIG],
      useFactory: ({ services }: PortalConfig) =>
        new InformationRequestClients({
          police: new InformationRequestsClient(new ServiceClient('police', services.police)),
          health: new InformationRequestsClient(new ServiceClient('health', services.health)),
          education: new InformationRequestsClient(new ServiceClient('education', services.education)),
        }),
    },
    {
      provide: PoliceClient,
      inject: [PORTAL_CONFIG],
      useFactory: (config: PortalConfig) => new PoliceClient(new ServiceClient('police', config.services.police)),
    },
    {
      provide: StrategyClient,
      inject: [PORTAL_CONFIG],
      useFactory: (config: PortalConfig) => new StrategyClient(new ServiceClient('strategy', config.services.strategy)),
    },
    {
      // The same routes on each invited agency's own service, as for information requests.
      provide: StrategyInvitationClients,
      inject: [PORTAL_CONFIG],
      useFactory: ({ services }: PortalConfig) =>
        new StrategyInvitationClients({
          police: new StrategyInvitationsClient(new ServiceClient('police', services.police)),
          health: new StrategyInvitationsClient(new ServiceClient('health', services.health)),
          education: new StrategyInvitationsClient(new ServiceClient('education', services.education)),
        }),
    },
  ],
  exports: [
    IntakeClient,
    ScreeningClient,
    EducationClient,
    MaracClient,
    PoliceClient,
    InformationRequestClients,
    StrategyClient,
    StrategyInvitationClients,
  ],
})
export class ClientsModule {}
