import { Role } from '@frontdoor/auth';
import { ALL_TOPICS, ContactReceivedV1, EventEnvelope, PoliceIncidentRecordedV1, Topics } from '@frontdoor/contracts';
import { generateNhsNumber } from '@frontdoor/identifiers';
import { KafkaProbe, bearer, eventually, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createPoliceApp } from '../apps/police/src/police.app';
import { FrontDoorStack, startFrontDoorStack } from './support/front-door-stack';

/** Letters only, so names and streets stay names and streets. */
function randomLetters(length: number): string {
  return [...randomBytes(length)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
}
const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
/** Ignoring case, spaces and punctuation, as the information-sharing lib compares restricted values. */
const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');

// A family no earlier run has recorded, so every count below starts from nothing.
const SURNAME = capitalised(`ppn${randomLetters(10)}`);
const STREET = `${capitalised(randomLetters(9))} Close`;
const SAFE_ADDRESS = {
  addressLine: `${randomInt(2, 99)} ${STREET}, Stretford`,
  postcode: `OL${randomInt(1, 16)} ${randomInt(0, 10)}${'ABDEFGHJLNPQRSTUWXYZ'[randomInt(0, 20)]}${'ABDEFGHJLNPQRSTUWXYZ'[randomInt(0, 20)]}`,
};
/** Every way the safe address could be written into a message. */
const SAFE_VALUES = [
  SAFE_ADDRESS.addressLine,
  SAFE_ADDRESS.addressLine.split(',')[0],
  STREET,
  SAFE_ADDRESS.postcode,
].map(squash);

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

function dashAnswers(yes: number, length = 24): string[] {
  return Array.from({ length }, (_, index) => (index < yes ? 'yes' : index === length - 1 ? 'dont-know' : 'no'));
}

function ppn(summary: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'domestic-abuse',
    occurredAt: hoursAgo(3),
    summary,
    victim: { firstName: 'Casey', lastName: SURNAME, dateOfBirth: '1991-03-14' },
    perpetrator: { firstName: 'Jordan', lastName: SURNAME, dateOfBirth: '1987-10-02' },
    children: [
      {
        firstName: 'Sam',
        lastName: SURNAME,
        dateOfBirth: '2017-04-12',
        nhsNumber: generateNhsNumber(),
        present: true,
        postcode: 'M33 7ZZ',
        wordsAndViews: 'Sam said "I hid under the bed".',
      },
      { firstName: 'Alex', lastName: SURNAME, dateOfBirth: '2021-06-01', present: false, postcode: 'M33 7ZZ' },
    ],
    dash: { answers: dashAnswers(15), professionalJudgementHighRisk: false },
    victimSafeAddress: SAFE_ADDRESS,
    ...overrides,
  };
}

describe("an officer's PPN reaches the front door, and the safe address stays with GMP", () => {
  let stack: FrontDoorStack;
  let police: INestApplication;
  let probe: KafkaProbe;
  let officer: string;
  /** The text of every HTTP response this test received. */
  const responses: string[] = [];

  beforeAll(async () => {
    probe = await new KafkaProbe().start([...ALL_TOPICS]);
    stack = await startFrontDoorStack();
    useServiceTestEnvironment('police');
    const { app, events } = await createPoliceApp();
    police = app;
    await police.startAllMicroservices();
    await police.init();
    await events.joined;
    officer = await tokenFor(Role.PoliceOfficer);
  });

  afterAll(async () => {
    await police?.close();
    await stack?.close();
    await probe?.stop();
  });

  const policeDb = () => police.get(DataSource);

  async function submit(body: unknown, token = officer, headers: Record<string, string> = {}) {
    const response = await request(police.getHttpServer())
      .post('/incidents')
      .set(bearer(token))
      .set(headers)
      .send(body as object);
    responses.push(response.text);
    return response;
  }

  async function storedWithSummary(summary: string): Promise<number> {
    const [{ count }] = await policeDb().query(
      `SELECT count(*)::int AS count FROM public_protection_notices WHERE summary = $1`,
      [summary],
    );
    return count;
  }

  const incidentEvents = (summary: string) =>
    probe.envelopes(Topics.PoliceIncidentRecorded).filter((e) => e.payload.summary === summary);

  let first: { incidentId: string; policeReference: string };

  it('records a DASH 15 incident with two children: 201, visible high risk, one call-out', async () => {
    const summary = `Officers attended ${SURNAME}: shouting, the victim had a facial injury.`;
    const response = await submit(ppn(summary), officer, { 'X-Correlation-Id': `ppn-${SURNAME}` });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      incidentId: expect.any(String),
      policeReference: expect.stringMatching(/^GMP-\d{8}-\d{4,}$/),
      dash: { yesCount: 15, visibleHighRisk: true, highRisk: true },
      callOutsInLast12Months: 1,
    });
    first = response.body;

    const event = await probe.waitForEnvelope(Topics.PoliceIncidentRecorded, (e) => e.payload.summary === summary);
    const message = probe.messages.find(
      (m) => m.topic === Topics.PoliceIncidentRecorded.name && m.value.includes(first.incidentId),
    );
    expect(message?.key).toBe(first.incidentId);
    expect(event.correlationId).toBe(`ppn-${SURNAME}`);
    expect(event.producer).toBe('police');
    expect(event.payload).toMatchObject({
      incidentId: first.incidentId,
      policeReference: first.policeReference,
      type: 'domestic-abuse',
      callOutsInLast12Months: 1,
      officerSubject: 'demo-police-officer',
      officerOrganisation: 'gmp',
      dash: { yesCount: 15, visibleHighRisk: true, professionalJudgementHighRisk: false },
    });
    expect(event.payload.children).toHaveLength(2);
    expect(Object.keys(event.payload)).not.toContain('victimSafeAddress');

    // GMP's own records: the incident, its people, the pair's history, the notice and the audit.
    const db = policeDb();
    const [incident] = await db.query(`SELECT reference, type FROM incidents WHERE id = $1`, [first.incidentId]);
    expect(incident).toEqual({ reference: first.policeReference, type: 'domestic-abuse' });
    const roles = await db.query(`SELECT role FROM incident_people WHERE incident_id = $1 ORDER BY role`, [
      first.incidentId,
    ]);
    expect(roles.map((r: { role: string }) => r.role)).toEqual([
      'child-present',
      'child-resident',
      'suspect',
      'victim',
    ]);
    const [victim] = await db.query(
      `SELECT p.safe_address FROM people p JOIN incident_people ip ON ip.person_id = p.id
        WHERE ip.incident_id = $1 AND ip.role = 'victim'`,
      [first.incidentId],
    );
    expect(victim.safe_address).toContain(STREET);
    const [history] = await db.query(
      `SELECT h.incident_count, h.dash_score FROM domestic_abuse_histories h
         JOIN incident_people v ON v.person_id = h.victim_id AND v.role = 'victim'
         JOIN incident_people s ON s.person_id = h.perpetrator_id AND s.role = 'suspect' AND s.incident_id = v.incident_id
        WHERE v.incident_id = $1`,
      [first.incidentId],
    );
    expect(history).toEqual({ incident_count: 1, dash_score: 15 });
    const [audit] = await db.query(`SELECT action, actor_subject FROM audit_records WHERE subject_id = $1`, [
      first.incidentId,
    ]);
    expect(audit).toEqual({ action: 'police-incident.recorded', actor_subject: 'demo-police-officer' });
  });

  it('raises a police contact for each child, each a screening case awaiting joint views', async () => {
    const contacts = await eventually(
      () => {
        const mine = probe
          .envelopes(Topics.ContactReceived)
          .filter((e) => e.payload.contact.concerns.narrative.includes(first.policeReference));
        return mine.length === 2 ? mine : undefined;
      },
      { what: 'two police contacts' },
    );
    expect(contacts.map((e) => e.payload.contact.children[0].firstName).sort()).toEqual(['Alex', 'Sam']);
    expect(contacts.every((e) => e.payload.submittedBy.agency === 'police')).toBe(true);

    const screener = await tokenFor(Role.Screener);
    for (const contact of contacts as EventEnvelope<ContactReceivedV1>[]) {
      const view = await eventually(
        async () => {
          const worklist = await request(stack.screening.getHttpServer())
            .get(`/worklist?reference=${contact.payload.reference}`)
            .set(bearer(screener));
          const caseId = worklist.body[0]?.caseId;
          if (!caseId) return undefined;
          responses.push(worklist.text);
          return request(stack.screening.getHttpServer()).get(`/cases/${caseId}`).set(bearer(screener));
        },
        { what: `a screening case for ${contact.payload.reference}` },
      );
      responses.push(view.text);
      expect(view.body.sourceType).toBe('police');
      expect(view.body.jointDecision.status).toBe('awaiting-views');

      const intakeView = await request(stack.intake.getHttpServer())
        .get(`/contacts/${contact.payload.contactId}`)
        .set(bearer(screener));
      responses.push(intakeView.text);
      expect(intakeView.status).toBe(200);
    }
  });

  it('counts a second incident for the same pair as their second call-out in 12 months', async () => {
    const summary = `Officers attended ${SURNAME} again: threats made by phone and at the door.`;
    const response = await submit(ppn(summary, { occurredAt: hoursAgo(1), dash: { answers: dashAnswers(9) } }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      dash: { yesCount: 9, visibleHighRisk: false, highRisk: false },
      callOutsInLast12Months: 2,
    });
    const event = await probe.waitForEnvelope(Topics.PoliceIncidentRecorded, (e) => e.payload.summary === summary);
    expect(event.payload.callOutsInLast12Months).toBe(2);

    // The same four people, found again rather than recorded twice; the pair's history grew.
    const [{ count }] = await policeDb().query(`SELECT count(*)::int AS count FROM people WHERE last_name = $1`, [
      SURNAME,
    ]);
    expect(count).toBe(4);
    const [history] = await policeDb().query(
      `SELECT h.incident_count, h.dash_score FROM domestic_abuse_histories h
         JOIN people v ON v.id = h.victim_id JOIN people p ON p.id = h.perpetrator_id
        WHERE v.last_name = $1 AND p.last_name = $1`,
      [SURNAME],
    );
    expect(history).toEqual({ incident_count: 2, dash_score: 9 });
  });

  it('refuses a DASH of 23 answers with a 400 naming every bad field, storing and sending nothing', async () => {
    const summary = `Bad DASH for ${SURNAME}.`;
    const body = ppn(summary, { dash: { answers: dashAnswers(15, 23) } });
    (body.children as Record<string, unknown>[])[0].nhsNumber = '1234567890';

    const response = await submit(body);

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'children[0].nhsNumber',
      'dash.answers',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await storedWithSummary(summary)).toBe(0);
    expect(incidentEvents(summary)).toEqual([]);
  });

  it('refuses a notice whose outbound text carries the safe address, naming the fields', async () => {
    const summary = `Victim and children now staying at ${STREET}.`;
    const body = ppn(summary);
    (body.children as Record<string, unknown>[])[1].postcode = SAFE_ADDRESS.postcode;

    const response = await submit(body);

    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'children[1].postcode',
      'summary',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await storedWithSummary(summary)).toBe(0);
    expect(incidentEvents(summary)).toEqual([]);
  });

  it('refuses a school DSL: only police officers submit PPNs', async () => {
    const summary = `A DSL trying to submit a PPN for ${SURNAME}.`;

    const response = await submit(ppn(summary), await tokenFor(Role.SchoolDsl));

    expect(response.status).toBe(403);
    expect(await storedWithSummary(summary)).toBe(0);
  });

  it('accepts the body OpenAPI offers in "Try it out"', async () => {
    const docs = await request(police.getHttpServer()).get('/docs-json').expect(200);
    const content = docs.body.paths['/incidents'].post.requestBody.content['application/json'];
    const example = Object.values(content.examples as Record<string, { value: unknown }>)[0].value;

    const response = await submit(example);

    expect(response.status).toBe(201);
    expect(response.body.dash).toEqual({ yesCount: 15, visibleHighRisk: true, highRisk: true });
  });

  it('never let the safe address out: in no message on any topic, in no HTTP response', async () => {
    // Let anything the incidents set off (contacts, cases, information requests) reach the probe.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const recorded = probe.envelopes(Topics.PoliceIncidentRecorded) as EventEnvelope<PoliceIncidentRecordedV1>[];
    expect(recorded.filter((e) => e.payload.victim?.lastName === SURNAME)).toHaveLength(2);
    expect(probe.messages.length).toBeGreaterThan(0);

    const leaks = (text: string) => SAFE_VALUES.filter((value) => squash(text).includes(value));
    for (const message of probe.messages) {
      expect({ topic: message.topic, leaks: leaks(`${message.value} ${JSON.stringify(message.headers)}`) }).toEqual({
        topic: message.topic,
        leaks: [],
      });
    }
    expect(responses.length).toBeGreaterThan(0);
    for (const text of responses) expect(leaks(text)).toEqual([]);
  });
});
