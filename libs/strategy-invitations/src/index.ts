export * from './availability';
export * from './received-strategy-invitation.entity';
export * from './strategy-invitation.view';
export * from './strategy-invitations.handler';
export * from './strategy-invitations.query';
export * from './strategy-invitations.module';
export * from './strategy-invitations.options';

import { ReceivedStrategyInvitation } from './received-strategy-invitation.entity';
/** Add to the agency service's TypeORM entities (and generate its migration). */
export const STRATEGY_INVITATIONS_ENTITIES = [ReceivedStrategyInvitation];
