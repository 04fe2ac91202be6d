import { Role } from '@frontdoor/auth';
import { ManualClock } from '@frontdoor/calendar';
import { PoliceIncidentRecordedV1, Topics, createEnvelope } from '@frontdoor/contracts';
import { serviceDataSourceOptions } from '@frontdoor/database';
import { nestLogLevels } from '@frontdoor/http';
import { KafkaProbe, bearer, eventually, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { SHARED_POPULATION_SEED } from '@frontdoor/synthetic-population';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EDUCATION_DATABASE } from '../src/database/education-database';
import { configureEducationApp } from '../src/education.app';
import { EducationModule } from '../src/education.module';
import { EDUCATION_CLOCK } from '../src/records/education-records';
import { seedEducationRecords } from '../src/synthetic/seed-education-records';

const REFERENCE_PREFIX = 'GMP-ENC-TEST-';

interface SeededPupil {
  id: string;
  upn: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  addressLine1: string;
  postcode: string;
  schoolUrn: string;
}

interface NotificationJson {
  id: string;
  policeAttended: boolean;
  policeReference: string;
  occurredAt: string;
  child: { firstName: string; lastName: string; dateOfBirth: string };
  safeguardingInformation: string;
  schoolUrn: string;
  receivedAt: string;
  dueAt: string;
  status: 'acknowledged' | 'unacknowledged';
  overdue: boolean;
  acknowledgement: { at: string; by: { subject: string; name: string | null }; late: boolean } | null;
}

describe('Operation Encompass: police incidents reach the schools before the next school day', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let probe: KafkaProbe;
  // Friday 28 August 2026, 22:00 London: the evening of the incident.
  const clock = new ManualClock('2026-08-28T22:00:00+01:00');
  let officer: string;
  let oakfieldDsl: string;
  let riversideDsl: string;

  beforeAll(async () => {
    useServiceTestEnvironment('education');
    const seeding = new DataSource(serviceDataSourceOptions(EDUCATION_DATABASE));
    await seeding.initialize();
    try {
      await seedEducationRecords(seeding, { seed: SHARED_POPULATION_SEED, count: 1500 });
      // Earlier runs' notifications (fixed dates) would crowd this run's out of the lists.
      await seeding.query(`DELETE FROM encompass_notifications WHERE police_reference LIKE $1`, [
        `${REFERENCE_PREFIX}%`,
      ]);
      await seeding.query(`DELETE FROM encompass_unmatched WHERE police_reference LIKE $1`, [`${REFERENCE_PREFIX}%`]);
    } finally {
      await seeding.destroy();
    }

    const moduleRef = await Test.createTestingModule({ imports: [EducationModule] })
      .overrideProvider(EDUCATION_CLOCK)
      .useValue(clock)
      .compile();
    app = moduleRef.createNestApplication({ logger: nestLogLevels() });
    const { events } = configureEducationApp(app);
    await app.startAllMicroservices();
    await app.init();
    await events.joined;
    dataSource = app.get(DataSource);
    probe = await new KafkaProbe().start([Topics.PoliceIncidentRecorded]);

    officer = await tokenFor(Role.EducationOfficer);
    oakfieldDsl = await tokenFor(Role.SchoolDsl);
    riversideDsl = await tokenFor(Role.SchoolDsl, {
      subject: 'demo-dsl-riverside',
      name: 'Rory Riverside (demo)',
      organisation: 'school-141002',
    });
  });

  afterAll(async () => {
    await app?.close();
    await probe?.stop();
  });

  const http = () => request(app.getHttpServer());

  /** A pupil on the school's roll (not protected) whom name and date of birth identify alone. */
  async function seededPupil(urn: string): Promise<SeededPupil> {
    const [pupil] = await dataSource.query(
      `SELECT p.id, p.upn, p.first_name AS "firstName", p.last_name AS "lastName",
              to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", p.address_line1 AS "addressLine1",
              p.postcode, p.school_urn AS "schoolUrn"
         FROM pupils p
        WHERE p.school_urn = $1 AND NOT p.protected_roll
          AND NOT EXISTS (SELECT 1 FROM pupils q WHERE q.id <> p.id AND q.first_name_key = p.first_name_key
                          AND q.last_name_key = p.last_name_key AND q.date_of_birth = p.date_of_birth)
        ORDER BY p.upn
        LIMIT 1`,
      [urn],
    );
    if (!pupil) throw new Error(`no seeded pupil at ${urn}`);
    return pupil as SeededPupil;
  }

  function incident(children: PoliceIncidentRecordedV1['children'], summary: string): PoliceIncidentRecordedV1 {
    return {
      incidentId: randomUUID(),
      policeReference: `${REFERENCE_PREFIX}${randomUUID().slice(0, 8)}`,
      type: 'domestic-abuse',
      // Friday before the summer bank holiday (Monday 31 August 2026).
      occurredAt: '2026-08-28T20:00:00+01:00',
      recordedAt: '2026-08-28T21:30:00+01:00',
      summary,
      victim: { firstName: 'Casey', lastName: 'Quartermain', dateOfBirth: '1990-02-02' },
      perpetrator: { firstName: 'Jordan', lastName: 'Smithson', dateOfBirth: '1988-09-30' },
      children,
      dash: {
        answers: Array.from({ length: 24 }, (_, i) => (i < 15 ? 'yes' : 'no')),
        yesCount: 15,
        visibleHighRisk: true,
        professionalJudgementHighRisk: false,
      },
      callOutsInLast12Months: 3,
      officerSubject: 'demo-police-officer',
      officerOrganisation: 'gmp',
    };
  }

  async function publish(recorded: PoliceIncidentRecordedV1): Promise<string> {
    const envelope = createEnvelope(Topics.PoliceIncidentRecorded, recorded, { producer: 'police' });
    await probe.produceRaw(Topics.PoliceIncidentRecorded.name, recorded.incidentId, JSON.stringify(envelope));
    return envelope.eventId;
  }

  /** Waits until education's consumer has handled this event (its inbox row is written with the changes). */
  async function handled(eventId: string): Promise<void> {
    await eventually(
      async () => {
        const rows: unknown[] = await dataSource.query(`SELECT 1 FROM inbox_messages WHERE event_id = $1`, [eventId]);
        return rows.length > 0 ? true : undefined;
      },
      { what: `event ${eventId} handled` },
    );
  }

  async function listed(token: string, query = ''): Promise<NotificationJson[]> {
    const { body } = await http().get(`/encompass-notifications?limit=500${query}`).set(bearer(token)).expect(200);
    return body as NotificationJson[];
  }

  async function auditCount(action: string, subjectId: string, actor: string): Promise<number> {
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM audit_records WHERE action = $1 AND subject_id = $2 AND actor_subject = $3`,
      [action, subjectId, actor],
    );
    return count as number;
  }

  it('notifies each child’s school once, due Tuesday 08:45 after a bank holiday weekend, and scopes, acknowledges and flags overdue', async () => {
    const ava = await seededPupil('141001');
    const noah = await seededPupil('141002');
    const unknownName = `Unknown${randomUUID().slice(0, 6)}`;
    const summary =
      'Officers attended 12 Example Road, Sale M33 7ZZ after a 999 call. Casey Quartermain had a facial injury ' +
      `and said Jordan Smithson pushed her into a door. ${ava.firstName} was in the room and was upset; ` +
      `${noah.firstName} was upstairs. Smithson was arrested.`;
    const recorded = incident(
      [
        // Police have the UPN for one child; the other by name, date of birth and postcode; a third nobody holds.
        { firstName: ava.firstName, lastName: ava.lastName, dateOfBirth: ava.dateOfBirth, upn: ava.upn, present: true },
        {
          firstName: noah.firstName,
          lastName: noah.lastName,
          dateOfBirth: noah.dateOfBirth,
          postcode: noah.postcode,
          present: false,
        },
        { firstName: 'Nobody', lastName: unknownName, dateOfBirth: '2015-02-03', present: true, postcode: 'M33 7ZZ' },
      ],
      summary,
    );
    await handled(await publish(recorded));

    // Two notifications, one per school, due before the next school day: Tuesday 1 September 08:45 BST.
    const mine = (items: NotificationJson[]) => items.filter((n) => n.policeReference === recorded.policeReference);
    const all = mine(await listed(officer));
    expect(all).toHaveLength(2);
    const forAva = all.find((n) => n.schoolUrn === '141001')!;
    const forNoah = all.find((n) => n.schoolUrn === '141002')!;
    expect(forAva).toEqual({
      id: expect.any(String),
      policeAttended: true,
      policeReference: recorded.policeReference,
      occurredAt: '2026-08-28T19:00:00.000Z',
      child: { firstName: ava.firstName, lastName: ava.lastName, dateOfBirth: ava.dateOfBirth },
      safeguardingInformation:
        'Officers attended [address withheld], Sale [postcode withheld] after a 999 call. [name withheld] had a facial ' +
        `injury and said [name withheld] pushed her into a door. ${ava.firstName} was in the room and was upset; ` +
        `${noah.firstName} was upstairs. [name withheld] was arrested.`,
      schoolUrn: '141001',
      receivedAt: '2026-08-28T21:00:00.000Z',
      dueAt: '2026-09-01T07:45:00.000Z',
      status: 'unacknowledged',
      overdue: false,
      acknowledgement: null,
    });
    expect(forNoah).toMatchObject({
      child: { firstName: noah.firstName, lastName: noah.lastName, dateOfBirth: noah.dateOfBirth },
      dueAt: '2026-09-01T07:45:00.000Z',
      status: 'unacknowledged',
      overdue: false,
    });

    // Only what domain.md lists: no adult, no DASH, no address (the pupils' own included).
    for (const notification of all) {
      expect(Object.keys(notification).sort()).toEqual(
        [
          'acknowledgement',
          'child',
          'dueAt',
          'id',
          'occurredAt',
          'overdue',
          'policeAttended',
          'policeReference',
          'receivedAt',
          'safeguardingInformation',
          'schoolUrn',
          'status',
        ].sort(),
      );
      const json = JSON.stringify(notification);
      for (const forbidden of [
        'Casey',
        'Quartermain',
        'Smithson',
        'Jordan',
        '1990-02-02',
        '1988-09-30',
        'dash',
        'yesCount',
        'answers',
        'HighRisk',
        'callOuts',
        'Example Road',
        'M33 7ZZ',
        ava.addressLine1,
        ava.postcode,
        noah.addressLine1,
        noah.postcode,
        ava.upn,
        unknownName,
      ]) {
        expect(json.toLowerCase()).not.toContain(forbidden.toLowerCase());
      }
    }

    // The unknown child made no notification; the officer can follow it up, without personal data.
    const { body: unmatched } = await http().get('/encompass-unmatched').set(bearer(officer)).expect(200);
    expect(unmatched.filter((u: { incidentId: string }) => u.incidentId === recorded.incidentId)).toEqual([
      {
        incidentId: recorded.incidentId,
        policeReference: recorded.policeReference,
        childPosition: 3,
        reason: 'No pupil has this UPN, or this name and date of birth.',
        recordedAt: '2026-08-28T21:00:00.000Z',
      },
    ]);
    await http().get('/encompass-unmatched').set(bearer(oakfieldDsl)).expect(403);

    // Published again (a new event id): nothing changes.
    await handled(await publish(recorded));
    const again = mine(await listed(officer));
    expect(again.map((n) => n.id).sort()).toEqual(all.map((n) => n.id).sort());
    const [{ notifications, unmatchedRows }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM encompass_notifications WHERE incident_id = $1) AS notifications,
              (SELECT count(*)::int FROM encompass_unmatched WHERE incident_id = $1) AS "unmatchedRows"`,
      [recorded.incidentId],
    );
    expect({ notifications, unmatchedRows }).toEqual({ notifications: 2, unmatchedRows: 1 });

    // Each DSL sees their own school's notification only, in the list and by id.
    const oakfieldList = await listed(oakfieldDsl);
    expect(oakfieldList.every((n) => n.schoolUrn === '141001')).toBe(true);
    expect(mine(oakfieldList).map((n) => n.id)).toEqual([forAva.id]);
    const riversideList = await listed(riversideDsl);
    expect(riversideList.every((n) => n.schoolUrn === '141002')).toBe(true);
    expect(mine(riversideList).map((n) => n.id)).toEqual([forNoah.id]);

    const { body: byId } = await http()
      .get(`/encompass-notifications/${forAva.id}`)
      .set(bearer(oakfieldDsl))
      .expect(200);
    expect(byId).toEqual(forAva);
    await http().get(`/encompass-notifications/${forNoah.id}`).set(bearer(oakfieldDsl)).expect(404);
    await http().get(`/encompass-notifications/${randomUUID()}`).set(bearer(oakfieldDsl)).expect(404);
    await http().get('/encompass-notifications/not-a-uuid').set(bearer(oakfieldDsl)).expect(400);
    await http().get(`/encompass-notifications/${forNoah.id}`).set(bearer(officer)).expect(200);

    // Every read is audited, the refused one too.
    expect(await auditCount('encompass-notification.read', forAva.id, 'demo-dsl-oakfield')).toBe(1);
    expect(await auditCount('encompass-notification.read-refused', forNoah.id, 'demo-dsl-oakfield')).toBe(1);
    expect(await auditCount('encompass-notification.listed', forAva.id, 'demo-dsl-oakfield')).toBe(1);
    expect(await auditCount('encompass-notification.listed', forAva.id, 'demo-dsl-riverside')).toBe(0);
    expect(await auditCount('encompass-notification.listed', forNoah.id, 'demo-education-officer')).toBe(2);

    // Over the bank holiday weekend nothing is overdue yet.
    clock.set('2026-08-31T12:00:00+01:00');
    expect(mine(await listed(officer, '&status=overdue'))).toEqual([]);

    // Tuesday 08:10: Oakfield's DSL acknowledges, in time; asking again answers the same.
    clock.set('2026-09-01T08:10:00+01:00');
    const { body: acknowledged } = await http()
      .post(`/encompass-notifications/${forAva.id}/acknowledge`)
      .set(bearer(oakfieldDsl))
      .expect(200);
    expect(acknowledged).toMatchObject({
      id: forAva.id,
      status: 'acknowledged',
      overdue: false,
      acknowledgement: {
        at: '2026-09-01T07:10:00.000Z',
        by: { subject: 'demo-dsl-oakfield', name: 'Olive Oakfield (demo)' },
        late: false,
      },
    });
    clock.set('2026-09-01T08:20:00+01:00');
    const { body: repeated } = await http()
      .post(`/encompass-notifications/${forAva.id}/acknowledge`)
      .set(bearer(oakfieldDsl))
      .expect(200);
    expect(repeated).toEqual(acknowledged);
    expect(await auditCount('encompass-notification.acknowledged', forAva.id, 'demo-dsl-oakfield')).toBe(1);

    // Only the school's own DSL acknowledges: another school's gets 404, the LA officer 403.
    await http().post(`/encompass-notifications/${forAva.id}/acknowledge`).set(bearer(riversideDsl)).expect(404);
    expect(await auditCount('encompass-notification.acknowledge-refused', forAva.id, 'demo-dsl-riverside')).toBe(1);
    await http().post(`/encompass-notifications/${forNoah.id}/acknowledge`).set(bearer(officer)).expect(403);

    // 09:00: school has started and Riverside has not acknowledged: flagged overdue.
    clock.set('2026-09-01T09:00:00+01:00');
    const overdue = mine(await listed(officer, '&status=overdue'));
    expect(overdue.map((n) => n.id)).toEqual([forNoah.id]);
    expect(overdue[0]).toMatchObject({ status: 'unacknowledged', overdue: true });
    expect(mine(await listed(officer, '&status=acknowledged')).map((n) => n.id)).toEqual([forAva.id]);
    expect(mine(await listed(officer, '&status=unacknowledged')).map((n) => n.id)).toEqual([forNoah.id]);
    expect(mine(await listed(riversideDsl, '&status=overdue')).map((n) => n.id)).toEqual([forNoah.id]);
    expect(mine(await listed(oakfieldDsl, '&status=overdue'))).toEqual([]);
    const { body: lateOne } = await http()
      .get(`/encompass-notifications/${forNoah.id}`)
      .set(bearer(riversideDsl))
      .expect(200);
    expect(lateOne).toMatchObject({ overdue: true, acknowledgement: null });

    // Acknowledged late: no longer overdue, and the lateness is kept.
    const { body: lateAck } = await http()
      .post(`/encompass-notifications/${forNoah.id}/acknowledge`)
      .set(bearer(riversideDsl))
      .expect(200);
    expect(lateAck).toMatchObject({ overdue: false, status: 'acknowledged', acknowledgement: { late: true } });
    await http().get('/encompass-notifications?status=late').set(bearer(officer)).expect(400);
  });

  it('notifies the school of a pupil on the protected roll, and never says where the safe address is', async () => {
    clock.set('2026-08-28T22:00:00+01:00');
    const recorded = incident(
      [{ firstName: 'Lily', lastName: 'Harbourne', dateOfBirth: '2016-04-19', present: true, postcode: 'M33 7ZZ' }],
      'Officers attended 1 Haven Place, M32 0YZ; Casey Quartermain said Jordan Smithson had found the refuge. ' +
        'Lily was present and frightened.',
    );
    await handled(await publish(recorded));

    const [notification] = (await listed(oakfieldDsl)).filter((n) => n.policeReference === recorded.policeReference);
    expect(notification).toMatchObject({
      schoolUrn: '141001',
      child: { firstName: 'Lily', lastName: 'Harbourne', dateOfBirth: '2016-04-19' },
      dueAt: '2026-09-01T07:45:00.000Z',
      safeguardingInformation:
        'Officers attended [address withheld], [postcode withheld]; [name withheld] said [name withheld] had found the refuge. ' +
        'Lily was present and frightened.',
    });
    const squashed = JSON.stringify(notification)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    for (const value of ['1 Haven Place', 'Haven', 'M32 0YZ', 'Stretford', '12 Old Mill Road']) {
      expect(squashed).not.toContain(value.toLowerCase().replace(/[^a-z0-9]/g, ''));
    }
  });

  it('makes no notification for an incident that is not domestic abuse', async () => {
    const ava = await seededPupil('141001');
    const recorded = {
      ...incident(
        [
          {
            firstName: ava.firstName,
            lastName: ava.lastName,
            dateOfBirth: ava.dateOfBirth,
            upn: ava.upn,
            present: true,
          },
        ],
        'Reported missing from home overnight; found safe.',
      ),
      type: 'missing-child' as const,
    };
    await handled(await publish(recorded));
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM encompass_notifications WHERE incident_id = $1`,
      [recorded.incidentId],
    );
    expect(count).toBe(0);
  });

  it('lets only school DSLs and the LA education officer in: a police officer gets 403', async () => {
    const police = await tokenFor(Role.PoliceOfficer);
    const anId = randomUUID();
    await http().get('/encompass-notifications').expect(401);
    await http().get('/encompass-notifications').set(bearer(police)).expect(403);
    await http().get(`/encompass-notifications/${anId}`).set(bearer(police)).expect(403);
    await http().post(`/encompass-notifications/${anId}/acknowledge`).set(bearer(police)).expect(403);
    await http().get('/encompass-unmatched').set(bearer(police)).expect(403);
    await http()
      .get('/encompass-notifications')
      .set(bearer(await tokenFor(Role.HealthPractitioner)))
      .expect(403);
    // A DSL whose organisation is not a school sees nothing.
    const stray = await tokenFor(Role.SchoolDsl, { organisation: 'trafford-education' });
    expect(await listed(stray)).toEqual([]);
  });
});
