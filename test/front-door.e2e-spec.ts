import { Role } from '@frontdoor/auth';
import { ContactDetailsV1, ScreeningOutcome, Topics } from '@frontdoor/contracts';
import { KafkaProbe, bearer, eventually, tokenFor } from '@frontdoor/testing';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { uniqueContact } from './support/contacts';
import { FrontDoorStack, startFrontDoorStack } from './support/front-door-stack';

describe('a contact flows from intake to the screening worklist and out as a decision', () => {
  let stack: FrontDoorStack;
  let probe: KafkaProbe;
  let schoolDsl: string;
  let otherSchoolDsl: string;
  let screener: string;
  let manager: string;

  beforeAll(async () => {
    probe = await new KafkaProbe().start([Topics.ContactReceived, Topics.ScreeningDecided]);
    stack = await startFrontDoorStack();
    schoolDsl = await tokenFor(Role.SchoolDsl, { organisation: 'school-141001' });
    otherSchoolDsl = await tokenFor(Role.SchoolDsl, { subject: 'dsl-elsewhere', organisation: 'school-141002' });
    screener = await tokenFor(Role.Screener);
    manager = await tokenFor(Role.Manager);
  });

  afterAll(async () => {
    await stack?.close();
    await probe?.stop();
  });

  const intake = () => request(stack.intake.getHttpServer());
  const screening = () => request(stack.screening.getHttpServer());

  async function submit(body: ContactDetailsV1, token = schoolDsl) {
    const response = await intake().post('/contacts').set(bearer(token)).send(body).expect(201);
    return response.body as { contactId: string; reference: string; childIds: string[] };
  }

  async function caseOnWorklist(contactId: string, reference: string) {
    return eventually(
      async () => {
        const { body } = await screening().get(`/worklist?reference=${reference}`).set(bearer(screener)).expect(200);
        return (body as { contactId: string; caseId: string; reReferral: boolean; rag: string }[]).find(
          (item) => item.contactId === contactId,
        );
      },
      { what: `contact ${contactId} on the worklist` },
    );
  }

  const decisionBody = (outcome = ScreeningOutcome.ChildAndFamilyAssessment) => ({
    outcome,
    levelOfNeed: 3,
    rationale: 'Repeated domestic abuse with the child present; assessment needed.',
    childsVoiceConsidered: true,
    childsVoiceSummary: 'Frightened at home; wants to stay with Mum.',
    referrerFeedback: 'A social worker will assess; we will keep school informed.',
  });

  async function decideAndApprove(caseId: string, outcome = ScreeningOutcome.ChildAndFamilyAssessment) {
    await screening().post(`/cases/${caseId}/decision`).set(bearer(screener)).send(decisionBody(outcome)).expect(201);
    return screening().post(`/cases/${caseId}/decision/approve`).set(bearer(manager)).send({}).expect(200);
  }

  it('puts a posted contact on the worklist with its case and contact ids, RAG and deadline', async () => {
    const { body } = uniqueContact();
    const accepted = await submit(body);
    expect(accepted.reference).toMatch(/^FD-\d{4}-\d{6}$/);

    const item = await caseOnWorklist(accepted.contactId, accepted.reference);
    expect(item).toMatchObject({ contactId: accepted.contactId, rag: 'amber', reReferral: false });

    const published = await probe.waitForEnvelope(
      Topics.ContactReceived,
      (e) => e.payload.contactId === accepted.contactId,
    );
    expect(published).toMatchObject({ type: 'ContactReceived', version: 1, producer: 'intake' });

    const { body: fullCase } = await screening().get(`/cases/${item.caseId}`).set(bearer(screener)).expect(200);
    expect(fullCase.children[0]).toMatchObject({ childId: accepted.childIds[0], matchedOn: 'new-person' });
    expect(fullCase.levelSuggestion.suggestedLevel).toBeGreaterThanOrEqual(2);
    expect(fullCase.levelSuggestion.matchedIndicators.length).toBeGreaterThan(0);
  });

  it('publishes ScreeningDecided only after a manager signs off, and flags the next contact as a re-referral', async () => {
    const { body, nhsNumber } = uniqueContact();
    const first = await submit(body);
    const firstCase = await caseOnWorklist(first.contactId, first.reference);

    await screening()
      .post(`/cases/${firstCase.caseId}/decision`)
      .set(bearer(screener))
      .send({
        outcome: ScreeningOutcome.ChildAndFamilyAssessment,
        levelOfNeed: 3,
        rationale: 'Assessment needed.',
        childsVoiceConsidered: false,
        referrerFeedback: 'We will assess.',
      })
      .expect(201);
    // The screener cannot sign off; nothing is published yet, and the school hears nothing yet.
    await screening().post(`/cases/${firstCase.caseId}/decision/approve`).set(bearer(screener)).send({}).expect(403);
    const feedbackFor = async (token: string) =>
      (await screening().get('/referrer-feedback').set(bearer(token)).expect(200)).body.find(
        (item: { contactId: string }) => item.contactId === first.contactId,
      );
    expect(await feedbackFor(schoolDsl)).toEqual({
      contactId: first.contactId,
      reference: first.reference,
      status: 'being-screened',
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(probe.envelopes(Topics.ScreeningDecided).some((e) => e.payload.caseId === firstCase.caseId)).toBe(false);

    await screening().post(`/cases/${firstCase.caseId}/decision/approve`).set(bearer(manager)).send({}).expect(200);
    const decided = await probe.waitForEnvelope(Topics.ScreeningDecided, (e) => e.payload.caseId === firstCase.caseId);
    expect(decided.payload).toMatchObject({
      outcome: 's17-assessment',
      levelOfNeed: 3,
      referrerOrganisation: 'school-141001',
      decidedBy: 'demo-screener-1',
    });
    expect(await feedbackFor(schoolDsl)).toEqual({
      contactId: first.contactId,
      reference: first.reference,
      status: 'decided',
      outcome: 's17-assessment',
      levelOfNeed: 3,
      referrerFeedback: 'We will assess.',
      decidedAt: expect.any(String),
    });
    expect(await feedbackFor(otherSchoolDsl)).toBeUndefined();
    await screening().get('/referrer-feedback').set(bearer(screener)).expect(403);
    expect(decided.correlationId).toBe(
      probe.envelopes(Topics.ContactReceived).find((e) => e.payload.contactId === first.contactId)!.correlationId,
    );

    const again = uniqueContact({ nhsNumber });
    const second = await submit(again.body);
    const secondCase = await caseOnWorklist(second.contactId, second.reference);
    expect(secondCase.reReferral).toBe(true);
    const { body: full } = await screening().get(`/cases/${secondCase.caseId}`).set(bearer(screener)).expect(200);
    expect(full.children[0].matchedOn).toBe('nhs-number');
    expect(full.previousReferralCaseId).toBe(firstCase.caseId);
    expect(full.children[0].history.map((h: { caseId: string }) => h.caseId)).toContain(firstCase.caseId);
  });

  it('returns the first result when a submission is retried with the same Idempotency-Key', async () => {
    const { body, marker } = uniqueContact();
    const key = `retry-${marker}`;
    const first = await intake()
      .post('/contacts')
      .set(bearer(schoolDsl))
      .set('Idempotency-Key', key)
      .send(body)
      .expect(201);
    const retry = await intake()
      .post('/contacts')
      .set(bearer(schoolDsl))
      .set('Idempotency-Key', key)
      .send(body)
      .expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');

    const changed = structuredClone(body);
    changed.concerns.narrative += ' and more';
    await intake().post('/contacts').set(bearer(schoolDsl)).set('Idempotency-Key', key).send(changed).expect(422);

    await caseOnWorklist(first.body.contactId, first.body.reference);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      probe.envelopes(Topics.ContactReceived).filter((e) => e.payload.contact.concerns.narrative.includes(marker)),
    ).toHaveLength(1);
  });

  it('rejects bad fields with every field named, and stores and publishes nothing', async () => {
    const { body, marker } = uniqueContact();
    const bad = structuredClone(body) as unknown as Record<string, any>;
    bad.children[0].nhsNumber = '1234567890';
    bad.children[0].dateOfBirth = '2999-01-01';
    delete bad.children[0].firstName;
    bad.source.cinCode = '99Z';
    bad.referrer.email = 'not-an-email';
    bad.concerns.categories = ['domestic-abuse', 'made-up'];
    bad.unexpected = true;

    const response = await intake().post('/contacts').set(bearer(schoolDsl)).send(bad).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'children[0].nhsNumber',
        'children[0].dateOfBirth',
        'children[0].firstName',
        'source.cinCode',
        'referrer.email',
        'concerns.categories',
        'unexpected',
      ]),
    );

    const intakeDb = stack.intake.get(DataSource);
    const [{ count }] = await intakeDb.query(
      `SELECT count(*)::int AS count FROM contacts WHERE details->'concerns'->>'narrative' LIKE $1`,
      [`%${marker}%`],
    );
    expect(count).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      probe.envelopes(Topics.ContactReceived).some((e) => e.payload.contact.concerns.narrative.includes(marker)),
    ).toBe(false);
  });

  it('answers 401 without a token and 403 for the wrong role', async () => {
    await intake().post('/contacts').send(uniqueContact().body).expect(401);
    await screening().get('/worklist').expect(401);
    await screening().get('/worklist').set('Authorization', 'Bearer not-a-jwt').expect(401);
    await screening().get('/worklist').set(bearer(schoolDsl)).expect(403);
    await intake()
      .post('/contacts')
      .set(bearer(await tokenFor(Role.Auditor)))
      .send(uniqueContact().body)
      .expect(403);
    await screening().get('/reports/threshold-consistency').set(bearer(screener)).expect(403);
  });

  it('lets a school read only its own contacts, and audits every read', async () => {
    const accepted = await submit(uniqueContact().body);
    await intake().get(`/contacts/${accepted.contactId}`).set(bearer(schoolDsl)).expect(200);
    await intake().get(`/contacts/${accepted.contactId}`).set(bearer(otherSchoolDsl)).expect(404);
    await intake()
      .get(`/contacts/${accepted.contactId}`)
      .set(bearer(screener))
      .set('X-Access-Reason', 'screening')
      .expect(200);

    const audits = await stack.intake
      .get(DataSource)
      .query(`SELECT actor_subject, action, reason FROM audit_records WHERE subject_id = $1 ORDER BY id`, [
        accepted.contactId,
      ]);
    expect(audits).toEqual([
      { actor_subject: 'demo-dsl-oakfield', action: 'contact.submitted', reason: 'referral to the front door' },
      { actor_subject: 'demo-dsl-oakfield', action: 'contact.read', reason: 'view contact' },
      { actor_subject: 'demo-screener-1', action: 'contact.read', reason: 'screening' },
    ]);

    const own = await intake().get('/contacts?limit=200').set(bearer(schoolDsl)).expect(200);
    expect(own.body[0]).toEqual({
      contactId: accepted.contactId,
      reference: accepted.reference,
      receivedAt: expect.any(String),
      sourceType: 'school',
      childNames: expect.any(Array),
      concernCategories: expect.any(Array),
    });
    const others = await intake().get('/contacts?limit=200').set(bearer(otherSchoolDsl)).expect(200);
    expect(others.body.map((c: { contactId: string }) => c.contactId)).not.toContain(accepted.contactId);
    await intake().get('/contacts?limit=0').set(bearer(schoolDsl)).expect(400);
  });

  it('records a returned decision and reopens the case; a decider cannot approve their own decision', async () => {
    const accepted = await submit(uniqueContact().body);
    const item = await caseOnWorklist(accepted.contactId, accepted.reference);
    const managerWhoDecides = await tokenFor(Role.Manager);
    await screening()
      .post(`/cases/${item.caseId}/decision`)
      .set(bearer(managerWhoDecides))
      .send({
        outcome: 'nfa',
        levelOfNeed: 1,
        rationale: 'No role for social care.',
        childsVoiceConsidered: false,
        referrerFeedback: 'No further action.',
      })
      .expect(201);
    await screening()
      .post(`/cases/${item.caseId}/decision/approve`)
      .set(bearer(managerWhoDecides))
      .send({})
      .expect(403);
    const otherManager = await tokenFor(Role.Manager, { subject: 'demo-manager-2' });
    await screening()
      .post(`/cases/${item.caseId}/decision/return`)
      .set(bearer(otherManager))
      .send({ reason: 'Check police records first.' })
      .expect(200);
    const { body } = await screening().get(`/cases/${item.caseId}`).set(bearer(screener)).expect(200);
    expect(body.status).toBe('open');
    expect(body.decisions).toHaveLength(1);
    expect(body.decisions[0]).toMatchObject({ status: 'returned', returnReason: 'Check police records first.' });
    await decideAndApprove(item.caseId);
  });

  it('shows the threshold document and reports where chosen levels depart from its suggestions', async () => {
    const { body: document } = await screening().get('/threshold-document').set(bearer(screener)).expect(200);
    expect(document.indicators.length).toBeGreaterThan(20);

    const accepted = await submit(uniqueContact().body);
    const item = await caseOnWorklist(accepted.contactId, accepted.reference);
    const { body: full } = await screening().get(`/cases/${item.caseId}`).set(bearer(screener)).expect(200);
    await decideAndApprove(item.caseId);

    const { body: report } = await screening().get('/reports/threshold-consistency').set(bearer(manager)).expect(200);
    const row = report.byScreener.find((r: { key: string }) => r.key === 'demo-screener-1');
    expect(row.decisions).toBeGreaterThanOrEqual(1);
    expect(row.agreed + row.above + row.below).toBe(row.decisions);
    // decideAndApprove chooses level 3: this case counts as agreed, above or below accordingly.
    const expected =
      full.levelSuggestion.suggestedLevel === 3
        ? 'agreed'
        : full.levelSuggestion.suggestedLevel < 3
          ? 'above'
          : 'below';
    expect(row[expected]).toBeGreaterThanOrEqual(1);
    await screening().get('/reports/threshold-consistency?from=not-a-date').set(bearer(manager)).expect(400);
  });

  it('sends a MARAC referral made with the decision only once a manager signs it off', async () => {
    const { body } = uniqueContact();
    const accepted = await submit(body);
    const item = await caseOnWorklist(accepted.contactId, accepted.reference);
    const maracReferral = {
      victim: { firstName: 'Dana', lastName: 'Example', dateOfBirth: '1990-01-01', nhsNumber: '943 476 5919' },
      perpetrator: { firstName: 'Lee', lastName: 'Example' },
      professionalJudgementReason: 'Threats to kill since separation.',
    };
    await screening()
      .post(`/cases/${item.caseId}/decision`)
      .set(bearer(screener))
      .send({
        ...decisionBody(),
        maracReferral: { ...maracReferral, victim: { ...maracReferral.victim, nhsNumber: '123' } },
      })
      .expect(400);
    await screening()
      .post(`/cases/${item.caseId}/decision`)
      .set(bearer(screener))
      .send({ ...decisionBody(), maracReferral })
      .expect(201);
    await screening().post(`/cases/${item.caseId}/decision/approve`).set(bearer(manager)).send({}).expect(200);
    const decided = await probe.waitForEnvelope(Topics.ScreeningDecided, (e) => e.payload.caseId === item.caseId);
    expect(decided.payload.maracReferral).toEqual({
      ...maracReferral,
      victim: { ...maracReferral.victim, nhsNumber: '9434765919' },
    });
  });

  it("gives leaders the period's figures, and refuses a period that runs backwards", async () => {
    const dashboard = async (query = 'source=school') =>
      (await screening().get(`/reports/dashboard?${query}`).set(bearer(manager)).expect(200)).body;
    const before = await dashboard();
    const accepted = await submit(uniqueContact().body);
    const item = await caseOnWorklist(accepted.contactId, accepted.reference);
    await decideAndApprove(item.caseId, ScreeningOutcome.NoFurtherAction);
    const after = await dashboard();

    const today = after.contactsPerDay[after.contactsPerDay.length - 1];
    expect(after.contactsPerDay).toHaveLength(30);
    expect(today.day).toBe(after.to);
    expect(after.contacts).toBe(before.contacts + 1);
    expect(after.decided).toBe(before.decided + 1);
    expect(after.noFurtherAction.count).toBe(before.noFurtherAction.count + 1);
    expect(after.contactToReferral.count).toBe(before.contactToReferral.count);
    expect(
      after.contactsPerDay.every((day: { bySource: object }) => Object.keys(day.bySource).every((s) => s === 'school')),
    ).toBe(true);

    await screening().get('/reports/dashboard?from=2026-11-02&to=2026-11-01').set(bearer(manager)).expect(400);
    await screening().get('/reports/dashboard?from=2020-01-01&to=2026-11-01').set(bearer(manager)).expect(400);
    await screening().get('/reports/dashboard?from=yesterday').set(bearer(manager)).expect(400);
    await screening().get('/reports/dashboard').set(bearer(schoolDsl)).expect(403);
  });
});
