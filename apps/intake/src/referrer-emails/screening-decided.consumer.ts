import { EventEnvelope, ScreeningDecidedV1, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { NotifyReferrerHandler } from './notify-referrer.handler';

/** Kafka edge: every signed-off decision is an email to its referrer (or a note that there is no address). */
@ApiExcludeController()
@Controller()
export class ScreeningDecidedConsumer {
  constructor(private readonly notifyReferrer: NotifyReferrerHandler) {}

  @ConsumeEvent(Topics.ScreeningDecided)
  async onScreeningDecided(
    @Payload() envelope: EventEnvelope<ScreeningDecidedV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    await this.notifyReferrer.recordDecision(manager, envelope.eventId, envelope.payload);
  }
}
