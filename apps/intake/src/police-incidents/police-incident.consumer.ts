import { Agency } from '@frontdoor/auth';
import { EventEnvelope, PoliceIncidentRecordedV1, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { IdempotencyKey } from '../contacts/idempotency-key.entity';
import { SubmitContactHandler, requestHashOf } from '../contacts/submit-contact.handler';
import { contactFromIncident } from './contact-from-incident';
import { policeIncidentKey } from './police-incident-key';

/**
 * Police raise a contact for each child in an incident. One key per incident and child means a
 * republished incident never makes a second contact.
 */
@ApiExcludeController()
@Controller()
export class PoliceIncidentConsumer {
  constructor(private readonly submitContact: SubmitContactHandler) {}

  @ConsumeEvent(Topics.PoliceIncidentRecorded)
  async onIncidentRecorded(
    @Payload() envelope: EventEnvelope<PoliceIncidentRecordedV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    const incident = envelope.payload;
    const submitter = {
      subject: incident.officerSubject,
      roles: [],
      agency: Agency.Police,
      organisation: incident.officerOrganisation,
    };
    for (const [index, child] of incident.children.entries()) {
      const key = policeIncidentKey(incident.incidentId, index);
      if (await manager.existsBy(IdempotencyKey, { submitterSubject: submitter.subject, key })) continue;
      const details = contactFromIncident(incident, child);
      await this.submitContact.accept(manager, submitter, details, key, requestHashOf(details), envelope.correlationId);
    }
  }
}
