import { PoliceIncidentRecordedV1 } from '@frontdoor/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { findPupilOnRoll } from '../matching/find-pupil';
import { School } from '../schools/school.entity';
import { encompassDueAt } from './encompass-due';
import { childIdentity, isEncompassIncident, notOfSchoolAge, safeguardingInformation } from './encompass-notice';
import { EncompassNotification } from './encompass-notification.entity';
import { EncompassUnmatched } from './encompass-unmatched.entity';

export interface EncompassOutcome {
  /** Notifications created now (a republished incident creates none). */
  notified: number;
  /** Children on no school roll. */
  unmatched: number;
}

/**
 * Operation Encompass in education: for each child in a domestic abuse incident, the pupil on the
 * rolls (the same matching as information requests: UPN, else name and date of birth, with the
 * postcode when both sides have it) and a notification to that pupil's school, due before the
 * start of its next school day. A pupil on the protected roll is notified too: their school must
 * know, and a notification never carries an address. A child on no roll is logged, without
 * personal data, for the education officer to follow up.
 */
@Injectable()
export class RecordEncompassNotifications {
  private readonly logger = new Logger(RecordEncompassNotifications.name);

  async record(
    manager: EntityManager,
    incident: PoliceIncidentRecordedV1,
    receivedAt: Date,
  ): Promise<EncompassOutcome> {
    const outcome: EncompassOutcome = { notified: 0, unmatched: 0 };
    if (!isEncompassIncident(incident)) return outcome;
    const occurredAt = new Date(incident.occurredAt);

    for (const [index, child] of incident.children.entries()) {
      const childPosition = index + 1;
      const found = await findPupilOnRoll(manager, childIdentity(child));
      if (found.pupil === null) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(EncompassUnmatched)
          .values({
            incidentId: incident.incidentId,
            childPosition,
            policeReference: incident.policeReference,
            reason: notOfSchoolAge(child, occurredAt) ?? found.reason,
            recordedAt: receivedAt,
          })
          .orIgnore()
          .execute();
        outcome.unmatched += 1;
        continue;
      }

      const pupil = found.pupil;
      const school = await manager.findOneBy(School, { urn: pupil.schoolUrn });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(EncompassNotification)
        .values({
          id: randomUUID(),
          incidentId: incident.incidentId,
          policeReference: incident.policeReference,
          occurredAt,
          pupilId: pupil.id,
          schoolUrn: pupil.schoolUrn,
          childFirstName: pupil.firstName,
          childLastName: pupil.lastName,
          childDateOfBirth: pupil.dateOfBirth,
          safeguardingInformation: safeguardingInformation(incident.summary, {
            adults: [incident.victim, incident.perpetrator].filter((adult) => adult !== undefined),
            childLastNames: [pupil.lastName, child.lastName],
            addressLines: [pupil.addressLine1, pupil.safeAddressLine1],
          }),
          receivedAt,
          dueAt: encompassDueAt(occurredAt, school?.schoolDayStartsAt),
          acknowledgedAt: null,
          acknowledgedBySubject: null,
          acknowledgedByName: null,
        })
        .orIgnore()
        .returning('id')
        .updateEntity(false)
        .execute();
      outcome.notified += (inserted.raw as unknown[]).length;
      // Matched now (the roll was corrected since an earlier publication): no longer to follow up.
      await manager.delete(EncompassUnmatched, { incidentId: incident.incidentId, childPosition });
    }

    this.logger.log(
      `incident ${incident.incidentId}: ${outcome.notified} new school notification(s), ` +
        `${outcome.unmatched} child(ren) on no school roll`,
    );
    return outcome;
  }
}
