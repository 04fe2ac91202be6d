import { EventEnvelope, StrategyAttendanceConfirmedV1, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { RecordAttendanceHandler } from './record-attendance.handler';

/** Kafka edge: each agency's confirmed attendee and availability, recorded in the event's transaction. */
@ApiExcludeController()
@Controller()
export class AttendanceConfirmedConsumer {
  constructor(private readonly attendance: RecordAttendanceHandler) {}

  @ConsumeEvent(Topics.StrategyAttendanceConfirmed)
  async onConfirmed(
    @Payload() envelope: EventEnvelope<StrategyAttendanceConfirmedV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    await this.attendance.record(manager, envelope);
  }
}
