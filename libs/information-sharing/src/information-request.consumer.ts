import { EventEnvelope, InformationRequestedV1, TopicDefinition } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller, Type } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { AnswerInformationRequestHandler } from './answer-information-request.handler';

/** The Kafka edge for one agency's request topic (a class per agency, since topics are static). */
export function informationRequestConsumerFor(topic: TopicDefinition<InformationRequestedV1>): Type {
  @ApiExcludeController()
  @Controller()
  class InformationRequestConsumer {
    constructor(private readonly answerRequest: AnswerInformationRequestHandler) {}

    @ConsumeEvent(topic)
    async onInformationRequested(
      @Payload() envelope: EventEnvelope<InformationRequestedV1>,
      @Ctx() context: EventContext,
    ): Promise<void> {
      await this.answerRequest.receive(envelope, context.manager);
    }
  }
  return InformationRequestConsumer;
}
