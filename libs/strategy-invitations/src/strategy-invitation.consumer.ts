import { EventEnvelope, StrategyDiscussionInvitedV1, TopicDefinition } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller, Type } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { StrategyInvitationsHandler } from './strategy-invitations.handler';

/** The Kafka edge for one agency's invitation topic (a class per agency, since topics are static). */
export function strategyInvitationConsumerFor(topic: TopicDefinition<StrategyDiscussionInvitedV1>): Type {
  @ApiExcludeController()
  @Controller()
  class StrategyInvitationConsumer {
    constructor(private readonly invitations: StrategyInvitationsHandler) {}

    @ConsumeEvent(topic)
    async onInvited(
      @Payload() envelope: EventEnvelope<StrategyDiscussionInvitedV1>,
      @Ctx() context: EventContext,
    ): Promise<void> {
      await this.invitations.receive(envelope, context.manager);
    }
  }
  return StrategyInvitationConsumer;
}
