import { Role } from '@frontdoor/auth';
import { PoliceIncidentRecordedV1, Topics, createEnvelope } from '@frontdoor/contracts';
import { KafkaProbe, bearer, eventually, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createMaracApp } from '../src/marac.app';

// Small meetings, so the test can fill one; the default (20) is unit-tested with the listing rule.
const CAPACITY = 2;

interface UpcomingMeeting {
  id: string;
  heldAt: string;
  researchCutOffAt: string;
  listed: number;
}

describe('MARAC: DA incidents and partner referrals become listed cases', () => {
  let app: INestApplication;
  let probe: KafkaProbe;
  let coordinator: string;
  let idva: string;
  let officer: string;
  let healthPractitioner: string;

  beforeAll(async () => {
    useServiceTestEnvironment('marac');
    process.env.MARAC_MEETING_CAPACITY = String(CAPACITY);
    probe = await new KafkaProbe().start([Topics.PoliceIncidentRecorded]);
    const created = await createMaracApp();
    app = created.app;
    await app.startAllMicroservices();
    await app.init();
    await created.events.joined;
    // Capacity is counted across every referral listed; start from empty meetings (test database only).
    const dataSource = app.get(DataSource);
    const [{ name }] = await dataSource.query('SELECT current_database() AS name');
    if (!String(name).endsWith('_test')) throw new Error(`refusing to clear ${name}: not a test database`);
    await dataSource.query('DELETE FROM marac_actions; DELETE FROM marac_referrals; DELETE FROM marac_meetings');
    coordinator = await tokenFor(Role.MaracCoordinator);
    idva = await tokenFor(Role.DaAdvisor);
    officer = await tokenFor(Role.PoliceOfficer);
    healthPractitioner = await tokenFor(Role.HealthPractitioner);
  });

  afterAll(async () => {
    delete process.env.MARAC_MEETING_CAPACITY;
    await probe?.stop();
    await app?.close();
  });

  const marac = () => request(app.getHttpServer());
  const suffix = randomUUID().slice(0, 6);
  const victim = { firstName: 'Siobhán', lastName: `O'Neill-${suffix}`, dateOfBirth: '1990-02-03' };
  const perpetrator = { firstName: 'Mark', lastName: `Smith-${suffix}`, dateOfBirth: '1988-09-09' };

  function incident(yesCount: number, names = { victim, perpetrator }): PoliceIncidentRecordedV1 {
    const now = new Date();
    return {
      incidentId: randomUUID(),
      policeReference: `GMP-MARAC-${randomUUID().slice(0, 8)}`,
      type: 'domestic-abuse',
      occurredAt: now.toISOString(),
      recordedAt: now.toISOString(),
      summary: 'Officers attended; the victim had a facial injury.',
      victim: names.victim,
      perpetrator: names.perpetrator,
      children: [{ firstName: 'Ava', lastName: 'Smith', dateOfBirth: '2019-05-01', present: true }],
      dash: {
        answers: Array.from({ length: 24 }, (_, i) => (i < yesCount ? 'yes' : 'no')),
        yesCount,
        visibleHighRisk: yesCount >= 14,
        professionalJudgementHighRisk: false,
      },
      callOutsInLast12Months: 1,
      officerSubject: 'demo-police-officer',
      officerOrganisation: 'gmp',
    };
  }

  async function publish(recorded: PoliceIncidentRecordedV1): Promise<string> {
    const envelope = createEnvelope(Topics.PoliceIncidentRecorded, recorded, { producer: 'police' });
    await probe.produceRaw(Topics.PoliceIncidentRecorded.name, recorded.incidentId, JSON.stringify(envelope));
    return envelope.eventId;
  }

  /** Waits until marac's consumer has handled this event (its inbox row is written with the changes). */
  async function handled(eventId: string): Promise<void> {
    await eventually(async () => {
      const rows = await app.get(DataSource).query('SELECT 1 FROM inbox_messages WHERE event_id = $1', [eventId]);
      return rows.length > 0 || undefined;
    });
  }

  async function referralFor(incidentId: string): Promise<{ id: string; status: string; meeting_id: string | null }> {
    return eventually(async () => {
      const [row] = await app
        .get(DataSource)
        .query('SELECT id, status, meeting_id FROM marac_referrals WHERE incident_id = $1', [incidentId]);
      return row;
    });
  }

  async function upcoming(): Promise<UpcomingMeeting[]> {
    const { body } = await marac().get('/meetings').set(bearer(coordinator)).expect(200);
    return body;
  }

  let firstReferralId: string;
  let firstMeetingId: string;

  it('lists a DASH 15 incident on the next meeting whose research cut-off is ahead', async () => {
    const recorded = incident(15);
    await publish(recorded);
    const referral = await referralFor(recorded.incidentId);
    expect(referral.status).toBe('referred');
    const next = (await upcoming()).find((meeting) => new Date(meeting.researchCutOffAt) > new Date())!;
    expect(referral.meeting_id).toBe(next.id);
    firstReferralId = referral.id;
    firstMeetingId = next.id;

    const { body: agenda } = await marac().get(`/meetings/${next.id}/agenda`).set(bearer(coordinator)).expect(200);
    expect(agenda.cases).toHaveLength(1);
    expect(agenda.cases[0]).toMatchObject({
      id: referral.id,
      criteriaMet: ['visible-high-risk'],
      repeat: false,
      risk: { dashYesCount: 15 },
      childrenInHousehold: [{ firstName: 'Ava', lastName: 'Smith', dateOfBirth: '2019-05-01' }],
    });

    // The same incident again (a new event: police republished it) makes no second referral.
    await handled(await publish(recorded));
    const [{ referrals }] = await app
      .get(DataSource)
      .query('SELECT count(*)::int AS referrals FROM marac_referrals WHERE incident_id = $1', [recorded.incidentId]);
    expect(referrals).toBe(1);
  });

  it('records an incident that meets no criterion as not eligible, with reasons', async () => {
    const recorded = incident(5, { victim: { ...victim, lastName: `Alone-${suffix}` }, perpetrator });
    await publish(recorded);
    const referral = await referralFor(recorded.incidentId);
    expect(referral).toMatchObject({ status: 'not-eligible', meeting_id: null });
    const { body } = await marac().get(`/referrals/${referral.id}`).set(bearer(coordinator)).expect(200);
    expect(body.reasons).toContain('DASH 5 < 14');
  });

  it('flags a second incident for the same pair as repeat, even with names spelled differently', async () => {
    const recorded = incident(4, {
      victim: { ...victim, firstName: 'SIOBHAN', lastName: `oneill ${suffix}` },
      perpetrator: { ...perpetrator, firstName: 'mark' },
    });
    await publish(recorded);
    const referral = await referralFor(recorded.incidentId);
    const { body } = await marac().get(`/referrals/${referral.id}`).set(bearer(coordinator)).expect(200);
    expect(body).toMatchObject({
      status: 'referred',
      repeat: true,
      criteriaMet: ['repeat'],
      previousReferralId: firstReferralId,
    });
    // Second case on a meeting of two: it is now full.
    expect(body.meetingId).toBe(firstMeetingId);
  });

  it('overflows a full meeting to the next one, and hides the safe address from all but the IDVA and police', async () => {
    const { body: referral } = await marac()
      .post('/referrals')
      .set(bearer(healthPractitioner))
      .send({
        victim: { firstName: 'Dana', lastName: `Hall-${suffix}`, dateOfBirth: '1992-01-01' },
        perpetrator: { firstName: 'Lee', lastName: `Hall-${suffix}`, dateOfBirth: '1991-01-01' },
        childrenInHousehold: [],
        referringAgency: 'health',
        professionalJudgementReason: 'Disclosed non-fatal strangulation at an antenatal appointment',
        victimSafeAddress: 'Refuge, 1 Hidden Lane, M1 1AA',
      })
      .expect(201);
    expect(referral).toMatchObject({ status: 'referred', criteriaMet: ['professional-judgement'] });
    expect(referral.victimSafeAddress).toBe('[restricted]');
    const meetings = await upcoming();
    const firstMeeting = meetings.find((m) => m.id === firstMeetingId)!;
    expect(firstMeeting.listed).toBe(CAPACITY);
    const overflowMeeting = meetings.find((m) => m.id === referral.meetingId)!;
    expect(new Date(overflowMeeting.heldAt).getTime()).toBeGreaterThan(new Date(firstMeeting.heldAt).getTime());

    const agendaAs = async (token: string) => {
      const { body } = await marac().get(`/meetings/${referral.meetingId}/agenda`).set(bearer(token)).expect(200);
      return body.cases.find((c: { id: string }) => c.id === referral.id).victimSafeAddress;
    };
    expect(await agendaAs(coordinator)).toBe('[restricted]');
    expect(await agendaAs(healthPractitioner)).toBe('[restricted]');
    expect(await agendaAs(idva)).toBe('Refuge, 1 Hidden Lane, M1 1AA');
    expect(await agendaAs(officer)).toBe('Refuge, 1 Hidden Lane, M1 1AA');
  });

  it('records actions with status and an IDVA for the victim; refuses bad input with problem details', async () => {
    const { body: action } = await marac()
      .post(`/meetings/${firstMeetingId}/cases/${firstReferralId}/actions`)
      .set(bearer(officer))
      .send({ ownerAgency: 'police', description: 'Flag the address for urgent response', dueDate: '2020-01-01' })
      .expect(201);
    expect(action).toMatchObject({ status: 'open', overdue: true });
    const { body: chase } = await marac().get('/actions/overdue').set(bearer(coordinator)).expect(200);
    expect(chase.map((a: { id: string }) => a.id)).toContain(action.id);
    const { body: done } = await marac()
      .patch(`/actions/${action.id}`)
      .set(bearer(officer))
      .send({ status: 'done' })
      .expect(200);
    expect(done.overdue).toBe(false);
    const { body: chased } = await marac().get('/actions/overdue').set(bearer(coordinator)).expect(200);
    expect(chased.map((a: { id: string }) => a.id)).not.toContain(action.id);

    await marac()
      .post(`/referrals/${firstReferralId}/idva`)
      .set(bearer(coordinator))
      .send({ idvaSubject: 'idva-jane', idvaName: 'Jane Doe' })
      .expect(201);
    const { body } = await marac().get(`/referrals/${firstReferralId}`).set(bearer(idva)).expect(200);
    expect(body.idva).toMatchObject({ subject: 'idva-jane', name: 'Jane Doe' });
    expect(body.actions[0]).toMatchObject({ status: 'done', overdue: false });

    const bad = await marac().post('/referrals').set(bearer(coordinator)).send({ victim: {} }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    await marac().post('/meetings').set(bearer(idva)).send({ heldAt: '2026-12-01T10:00:00Z' }).expect(403);
  });

  it('refers a front-door case once: again, or twice at the same moment, is a clean 409', async () => {
    const screener = await tokenFor(Role.Screener);
    const screeningCaseId = randomUUID();
    const fromCase = {
      screeningCaseId,
      victim: { firstName: 'Once', lastName: `Only-${suffix}`, dateOfBirth: '1991-04-05' },
      perpetrator: { firstName: 'Twice', lastName: `Never-${suffix}`, dateOfBirth: '1989-06-07' },
      childrenInHousehold: [{ firstName: 'Ava', lastName: `Only-${suffix}`, dateOfBirth: '2019-05-01' }],
      referringAgency: 'children-social-care',
      professionalJudgementReason: 'Disclosed non-fatal strangulation last week',
    };
    const first = await marac().post('/referrals').set(bearer(screener)).send(fromCase).expect(201);
    expect(first.body).toMatchObject({ status: 'referred', criteriaMet: ['professional-judgement'] });
    const again = await marac().post('/referrals').set(bearer(screener)).send(fromCase).expect(409);
    expect(again.body.detail).toContain(first.body.reference);
    const { body: found } = await marac()
      .get(`/referrals?screeningCaseId=${screeningCaseId}`)
      .set(bearer(screener))
      .expect(200);
    expect(found.map((referral: { id: string }) => referral.id)).toEqual([first.body.id]);

    // A double submit: both race past the first check; the one-referral-per-case index decides.
    const raced = { ...fromCase, screeningCaseId: randomUUID() };
    const statuses = await Promise.all(
      [1, 2, 3].map(async () => (await marac().post('/referrals').set(bearer(screener)).send(raced)).status),
    );
    expect(statuses.sort()).toEqual([201, 409, 409]);
    const { body: one } = await marac()
      .get(`/referrals?screeningCaseId=${raced.screeningCaseId}`)
      .set(bearer(screener))
      .expect(200);
    expect(one).toHaveLength(1);
  });

  it('lists an urgent case at an extra meeting', async () => {
    const heldAt = new Date(Date.now() + 24 * 3600_000).toISOString();
    const past = new Date(Date.now() - 3600_000).toISOString();
    await marac().post('/meetings').set(bearer(coordinator)).send({ heldAt: past }).expect(400);
    const { body: extra } = await marac().post('/meetings').set(bearer(coordinator)).send({ heldAt }).expect(201);
    expect(extra).toMatchObject({ kind: 'extra', capacity: CAPACITY });
    await marac().post(`/meetings/${extra.id}/cases/${firstReferralId}`).set(bearer(coordinator)).expect(201);
    const { body: agenda } = await marac().get(`/meetings/${extra.id}/agenda`).set(bearer(coordinator)).expect(200);
    expect(agenda.cases.map((c: { id: string }) => c.id)).toEqual([firstReferralId]);
  });
});
