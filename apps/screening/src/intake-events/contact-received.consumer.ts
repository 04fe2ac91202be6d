import { ContactReceivedV1, EventEnvelope, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { OpenCaseHandler } from '../cases/open-case.handler';

/** Kafka edge: every contact intake accepts becomes a case on the worklist. */
@ApiExcludeController()
@Controller()
export class ContactReceivedConsumer {
  constructor(private readonly openCase: OpenCaseHandler) {}

  @ConsumeEvent(Topics.ContactReceived)
  async onContactReceived(
    @Payload() envelope: EventEnvelope<ContactReceivedV1>,
    @Ctx() context: EventContext<ContactReceivedV1>,
  ): Promise<void> {
    await this.openCase.open(envelope, context.manager);
  }
}
