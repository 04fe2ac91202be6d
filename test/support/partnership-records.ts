import {
  Topics,
  createEnvelope,
  type ContactDetailsV1,
  type PoliceIncidentRecordedV1,
  type RequestSubjectV1,
} from '@frontdoor/contracts';
import { SHARED_POPULATION_SEED } from '@frontdoor/synthetic-population';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OpenCaseHandler } from '../../apps/screening/src/cases/open-case.handler';
import { RecordEncompassNotifications } from '../../apps/education/src/encompass/record-encompass-notifications';
import { seedEducationRecords } from '../../apps/education/src/synthetic/seed-education-records';
import { Patient } from '../../apps/health/src/patients/patient.entity';
import { seedHealthRecords } from '../../apps/health/src/synthetic/seed-health-records';

export interface RollPupil {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  upn: string;
}

/**
 * A child in health's synthetic records (loaded once, as health's own tests do, the same 2000
 * people) with a restricted record and a GP registration: a request about them is held for a
 * practitioner's review and has something to share. As `child-1` on a request.
 */
export async function childWithRestrictedHealthRecord(health: INestApplication): Promise<RequestSubjectV1> {
  const dataSource = health.get(DataSource);
  const { population } = await seedHealthRecords(dataSource, { seed: SHARED_POPULATION_SEED, count: 2000 });
  const candidate = population.patients.find(
    (p) =>
      p.role === 'child' &&
      !p.nameVariant &&
      p.gpRegistrations.length > 0 &&
      p.involvements.some((involvement) => involvement.restricted),
  );
  if (!candidate) throw new Error('the synthetic population has no child with a restricted health record');
  const patient = await dataSource.manager.findOneByOrFail(Patient, { id: candidate.patient.id });
  return {
    subjectRef: 'child-1',
    role: 'child',
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
    nhsNumber: patient.nhsNumber,
    ...(patient.postcode && { postcode: patient.postcode }),
  };
}

/**
 * Lily Harbourne, the demo pupil on the protected roll (a child in refuge), as the front door knows
 * her, after education's synthetic records are loaded: a request about her is held for an
 * education officer's review, and her school and safe address never leave. As `child-1`.
 */
export async function childOnProtectedRoll(education: INestApplication): Promise<RequestSubjectV1> {
  await seedEducationRecords(education.get(DataSource), { seed: SHARED_POPULATION_SEED, count: 1500 });
  return {
    subjectRef: 'child-1',
    role: 'child',
    firstName: 'Lily',
    lastName: 'Harbourne',
    dateOfBirth: '2016-04-19',
    postcode: 'M33 7ZZ',
  };
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
  { receivedAt = new Date() }: { receivedAt?: Date } = {},
): Promise<{ caseId: string; reference: string }> {
  const contactId = randomUUID();
  const reference = `PT-${randomUUID().slice(0, 8).toUpperCase()}`;
  const envelope = createEnvelope(
    Topics.ContactReceived,
    {
      contactId,
      reference,
      receivedAt: receivedAt.toISOString(),
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
