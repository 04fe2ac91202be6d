import { systemClock } from '@frontdoor/calendar';
import { DynamicModule, Module } from '@nestjs/common';
import { strategyInvitationConsumerFor } from './strategy-invitation.consumer';
import { strategyInvitationsControllerFor } from './strategy-invitations.controller';
import { StrategyInvitationsHandler } from './strategy-invitations.handler';
import { StrategyInvitationsQuery } from './strategy-invitations.query';
import {
  STRATEGY_INVITATIONS_CLOCK,
  STRATEGY_INVITATIONS_OPTIONS,
  StrategyInvitationsOptions,
} from './strategy-invitations.options';

/**
 * Everything an agency service needs to take part in the front door's strategy discussions:
 * its invitation consumer, the practitioners' routes (list, read, confirm, decline), the handler and query.
 * Needs the app's DatabaseModule, MessagingModule, AuthModule and AuditModule.
 */
@Module({})
export class StrategyInvitationsModule {
  static forAgency(options: StrategyInvitationsOptions): DynamicModule {
    return {
      module: StrategyInvitationsModule,
      controllers: [
        strategyInvitationConsumerFor(options.invitationTopic),
        strategyInvitationsControllerFor(options.practitionerRoles),
      ],
      providers: [
        { provide: STRATEGY_INVITATIONS_OPTIONS, useValue: options },
        { provide: STRATEGY_INVITATIONS_CLOCK, useValue: systemClock },
        StrategyInvitationsHandler,
        StrategyInvitationsQuery,
      ],
      exports: [StrategyInvitationsHandler],
    };
  }
}
