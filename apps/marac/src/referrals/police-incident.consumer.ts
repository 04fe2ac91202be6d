import { Agency } from '@frontdoor/auth';
import { EventEnvelope, PoliceIncidentRecordedV1, Topics } from '@frontdoor/contracts';
import { ConsumeEvent, EventContext } from '@frontdoor/messaging';
import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { ReferHandler } from './refer.handler';

/**
 * Kafka edge: every domestic abuse incident is assessed against the MARAC criteria and recorded,
 * referred or not eligible, in the event's transaction (the inbox drops a redelivery, the
 * incident id a republish). Other incident types are not MARAC business.
 */
@ApiExcludeController()
@Controller()
export class PoliceIncidentConsumer {
  private readonly logger = new Logger(PoliceIncidentConsumer.name);

  constructor(private readonly refer: ReferHandler) {}

  @ConsumeEvent(Topics.PoliceIncidentRecorded)
  async onIncidentRecorded(
    @Payload() envelope: EventEnvelope<PoliceIncidentRecordedV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    const incident = envelope.payload;
    if (incident.type !== 'domestic-abuse') return;
    if (!incident.victim || !incident.perpetrator) {
      // Nothing to pair without both adults; logged without personal data for the coordinator to follow up.
      this.logger.warn(`DA incident ${incident.incidentId} has no victim or perpetrator; not assessed for MARAC`);
      return;
    }
    await this.refer.refer(
      manager,
      {
        subject: incident.officerSubject,
        roles: [],
        agency: Agency.Police,
        organisation: incident.officerOrganisation,
      },
      {
        source: 'police-incident',
        incidentId: incident.incidentId,
        policeReference: incident.policeReference,
        victim: incident.victim,
        perpetrator: incident.perpetrator,
        // Who the children are, not what they said: their words stay on the police record.
        childrenInHousehold: incident.children.map(
          ({ firstName, lastName, dateOfBirth, nhsNumber, upn, postcode }) => ({
            firstName,
            lastName,
            ...(dateOfBirth && { dateOfBirth }),
            ...(nhsNumber && { nhsNumber }),
            ...(upn && { upn }),
            ...(postcode && { postcode }),
          }),
        ),
        referringAgency: Agency.Police,
        dashYesCount: incident.dash?.yesCount,
        // The officer's judgement comes as a flag; it only ever raises.
        professionalJudgementReason: incident.dash?.professionalJudgementHighRisk
          ? 'officer judged the risk high'
          : undefined,
        callOutsInLast12Months: incident.callOutsInLast12Months,
        occurredAt: new Date(incident.occurredAt),
      },
    );
  }
}
