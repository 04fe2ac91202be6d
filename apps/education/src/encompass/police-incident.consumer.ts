import { Clock } from '@frontdoor/calendar';
import { EventEnvelope, PoliceIncidentRecordedV1, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { EDUCATION_CLOCK } from '../records/education-records';
import { RecordEncompassNotifications } from './record-encompass-notifications';

/**
 * Operation Encompass: police incidents become notifications to the children's schools, in the
 * event's transaction. The inbox drops a redelivered event; the (incident, pupil) key drops a
 * republished incident.
 */
@ApiExcludeController()
@Controller()
export class PoliceIncidentConsumer {
  constructor(
    private readonly encompass: RecordEncompassNotifications,
    @Inject(EDUCATION_CLOCK) private readonly clock: Clock,
  ) {}

  @ConsumeEvent(Topics.PoliceIncidentRecorded)
  async onIncidentRecorded(
    @Payload() envelope: EventEnvelope<PoliceIncidentRecordedV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    await this.encompass.record(manager, envelope.payload, this.clock.now());
  }
}
