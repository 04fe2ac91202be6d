import { EventEnvelope, StrategyInvitationDeclinedV1, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { RecordAttendanceHandler } from './record-attendance.handler';

/** Kafka edge: an agency declines its invitation with a reason, recorded in the event's transaction. */
@ApiExcludeController()
@Controller()
export class InvitationDeclinedConsumer {
  constructor(private readonly attendance: RecordAttendanceHandler) {}

  @ConsumeEvent(Topics.StrategyInvitationDeclined)
  async onDeclined(
    @Payload() envelope: EventEnvelope<StrategyInvitationDeclinedV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    await this.attendance.recordDecline(manager, envelope);
  }
}
