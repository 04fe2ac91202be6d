import { Module } from '@nestjs/common';
import { EncompassController } from './encompass/encompass.controller';
import { InformationRequestsController } from './information-requests/information-requests.controller';
import { JointDecisionsController } from './joint-decisions/joint-decisions.controller';
import { MaracController } from './marac/marac.controller';
import { PpnsController } from './ppns/ppns.controller';
import { StrategyController } from './strategy/strategy.controller';
import { StrategyInvitationsController } from './strategy-invitations/strategy-invitations.controller';

/** The pages for the front door's partners: schools' police notifications, police officers' PPNs, health's information requests, joint decisions, MARAC, strategy, and each invited agency's strategy invitations. */
@Module({
  controllers: [
    EncompassController,
    InformationRequestsController,
    JointDecisionsController,
    MaracController,
    PpnsController,
    StrategyController,
    StrategyInvitationsController,
  ],
})
export class PartnershipModule {}
