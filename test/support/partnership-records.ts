import { Topics, createEnvelope, type ContactDetailsV1, type PoliceIncidentRecordedV1 } from '@frontdoor/contracts';
import { SHARED_POPULATION_SEED } from '@frontdoor/synthetic-population';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OpenCaseHandler } from '../../apps/screening/src/cases/open-case.handler';
import { RecordEncompassNotifications } from '../../apps/education/src/encompass/record-encompass-notifications';
import { seedEducationRecords } from '../../apps/education/src/synthetic/seed-education-records';

export interface RollPupil {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  upn: string;
}

/** A pupil on a school's roll in education's synthetic records (loaded once, as every education test does). */
export async function pupilOnRoll(education: INestApplication, schoolUrn: string): Promise<RollPupil> {
  const dataSource = education.get(DataSource);
  await seedEducationRecords(dataSource, { seed: SHARED_POPULATION_SEED, count: 1500 });
  const [pupil] = await dataSource.query(
    `SELECT p.first_name AS "firstName", p.last_name AS "lastName",
            to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", p.upn
       FROM pupils p WHERE p.school_urn = $1 AND NOT p.protected_roll ORDER BY p.upn LIMIT 1`,
    [schoolUrn],
  );
  if (!pupil) throw new Error(`no pupil on the roll of ${schoolUrn}`);
  return pupil as RollPupil;
}

/** Education's own Operation Encompass use case for a police incident, as its consumer runs it. */
export async function recordEncompassNotifications(
  education: INestApplication,
  incident: PoliceIncidentRecordedV1,
): Promise<void> {
  await education
    .get(DataSource)
    .transaction((manager) => education.get(RecordEncompassNotifications).record(manager, incident, new Date()));
}

/**
 * A screening case for this contact, opened by screening's own use case as its consumer would on
 * `ContactReceived` (for pages that only need a case, without intake and the broker in between).
 */
export async function openScreeningCase(
  screening: INestApplication,
  contact: ContactDetailsV1,
): Promise<{ caseId: string; reference: string }> {
  const contactId = randomUUID();
  const reference = `PT-${randomUUID().slice(0, 8).toUpperCase()}`;
  const envelope = createEnvelope(
    Topics.ContactReceived,
    {
      contactId,
      reference,
      receivedAt: new Date().toISOString(),
      submittedBy: { subject: 'demo-dsl-oakfield', organisation: 'school-141001', agency: 'education' },
      childIds: contact.children.map(() => randomUUID()),
      contact,
    },
    { producer: 'intake' },
  );
  const dataSource = screening.get(DataSource);
  await dataSource.transaction((manager) => screening.get(OpenCaseHandler).open(envelope, manager));
  const [{ id }] = await dataSource.query(`SELECT id FROM screening_cases WHERE contact_id = $1`, [contactId]);
  return { caseId: id as string, reference };
}
