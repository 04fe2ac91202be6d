import { Role } from '@frontdoor/auth';
import {
  ALL_TOPICS,
  FamilyAwareness,
  InformationAgency,
  LevelOfNeed,
  Rag,
  ScreeningDecidedV1,
  ScreeningOutcome,
  SourceType,
  Topics,
  createEnvelope,
} from '@frontdoor/contracts';
import { generateNhsNumber } from '@frontdoor/identifiers';
import { CreateServiceApp, KafkaProbe, bearer, eventually, startServiceApp, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createEducationApp } from '../apps/education/src/education.app';
import { createHealthApp } from '../apps/health/src/health.app';
import { createIntakeApp } from '../apps/intake/src/intake.app';
import { createMaracApp } from '../apps/marac/src/marac.app';
import { createPoliceApp } from '../apps/police/src/police.app';
import { createScreeningApp } from '../apps/screening/src/screening.app';

/**
 * MARAC across the partnership: police record DA incidents, MARAC applies the criteria and lists
 * the case, and police, health and education answer its research from their own records.
 */

const SURNAME = `Marac${[...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
const VICTIM_NHS = generateNhsNumber();
const SAFE_ADDRESS = { addressLine: `${SURNAME} Refuge, 4 Hidden Row`, postcode: 'M41 0ZZ' };

function dashAnswers(yes: number): string[] {
  return Array.from({ length: 24 }, (_, index) => (index < yes ? 'yes' : 'no'));
}

function ppn(victimFirstName: string, yes: number, summary: string, occurredAt = new Date(Date.now() - 2 * 3_600_000)) {
  return {
    type: 'domestic-abuse',
    occurredAt: occurredAt.toISOString(),
    summary,
    victim: { firstName: victimFirstName, lastName: SURNAME, dateOfBirth: '1992-05-06', nhsNumber: VICTIM_NHS },
    perpetrator: { firstName: 'Jordan', lastName: SURNAME, dateOfBirth: '1989-11-02' },
    children: [
      { firstName: 'Robin', lastName: SURNAME, dateOfBirth: '2016-03-09', present: true, postcode: 'M33 7ZZ' },
    ],
    dash: { answers: dashAnswers(yes), professionalJudgementHighRisk: false },
    victimSafeAddress: SAFE_ADDRESS,
  };
}

describe('MARAC: a high-risk DA incident becomes a listed case with the agencies’ research', () => {
  const apps: INestApplication[] = [];
  let police: INestApplication;
  let marac: INestApplication;
  let screening: INestApplication;
  let probe: KafkaProbe;
  let officer: string;
  let coordinator: string;
  let healthPractitioner: string;

  async function start(service: string, create: CreateServiceApp) {
    const app = await startServiceApp(service, create);
    apps.push(app);
    return app;
  }

  beforeAll(async () => {
    probe = await new KafkaProbe().start([...ALL_TOPICS]);
    police = await start('police', createPoliceApp);
    await start('health', createHealthApp);
    await start('education', createEducationApp);
    await start('intake', createIntakeApp);
    screening = await start('screening', createScreeningApp);
    marac = await start('marac', createMaracApp);
    [officer, coordinator, healthPractitioner] = await Promise.all([
      tokenFor(Role.PoliceOfficer),
      tokenFor(Role.MaracCoordinator),
      tokenFor(Role.HealthPractitioner),
    ]);
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await probe?.stop();
  });

  const referralFor = (where: string, value: string) =>
    eventually(
      async () => {
        const rows = await marac.get(DataSource).query(`SELECT id FROM marac_referrals WHERE ${where} = $1`, [value]);
        return rows[0]?.id as string | undefined;
      },
      { timeoutMs: 20_000, what: `a MARAC referral with ${where} ${value}` },
    );

  const readReferral = (id: string, token = coordinator) =>
    request(marac.getHttpServer()).get(`/referrals/${id}`).set(bearer(token)).expect(200);

  let firstReferralId: string;

  it('lists a DASH 15 incident at a meeting and asks each agency for research, which comes back', async () => {
    const recorded = await request(police.getHttpServer())
      .post('/incidents')
      .set(bearer(officer))
      .send(ppn('Siobhan', 15, `First incident for ${SURNAME}`))
      .expect(201);
    firstReferralId = await referralFor('incident_id', recorded.body.incidentId);

    const { body: referral } = await readReferral(firstReferralId);
    expect(referral).toMatchObject({
      source: 'police-incident',
      status: 'referred',
      repeat: false,
      policeReference: recorded.body.policeReference,
      risk: { dashYesCount: 15 },
      childrenInHousehold: [expect.objectContaining({ firstName: 'Robin' })],
    });
    expect(referral.criteriaMet).toContain('visible-high-risk');
    expect(referral.meetingId).toEqual(expect.any(String));

    // One research request per agency on its own topic; schools and children's social care are
    // asked about the child only.
    const asked = (topic: (typeof ALL_TOPICS)[number]) =>
      probe.envelopes(topic).find((e) => (e.payload as { caseId: string }).caseId === firstReferralId);
    const requests = await eventually(
      () => {
        const found = [
          Topics.PoliceInformationRequested,
          Topics.HealthInformationRequested,
          Topics.EducationInformationRequested,
          Topics.ChildrenSocialCareInformationRequested,
        ].map(asked);
        return found.every(Boolean) ? found : undefined;
      },
      { what: 'four research requests' },
    );
    for (const childrenOnly of requests.slice(2)) {
      const { subjects } = childrenOnly!.payload as { subjects: { role: string }[] };
      expect(subjects.map((s) => s.role)).toEqual(['child']);
    }

    const agenda = await eventually(
      async () => {
        const { body } = await request(marac.getHttpServer())
          .get(`/meetings/${referral.meetingId}/agenda`)
          .set(bearer(coordinator))
          .expect(200);
        const listed = body.cases.find((c: { id: string }) => c.id === firstReferralId);
        return listed?.research.length === 4 &&
          listed.research.every((r: { status: string }) => r.status === 'answered')
          ? listed
          : undefined;
      },
      { timeoutMs: 30_000, what: "research answered by police, health, education and children's social care" },
    );
    expect(agenda.research.map((r: { agency: string }) => r.agency).sort()).toEqual(
      Object.values(InformationAgency).sort(),
    );
    const policeResearch = agenda.research.find((r: { agency: string }) => r.agency === InformationAgency.Police);
    const victimFacts = policeResearch.subjects.find((s: { subjectRef: string }) => s.subjectRef === 'victim');
    expect(victimFacts.known).toBe(true);
    expect(victimFacts.findings.length).toBeGreaterThan(0);
    expect(victimFacts.findings.every((f: { dataset: string }) => typeof f.dataset === 'string')).toBe(true);
  });

  it('flags a second incident for the same pair as a repeat, though the victim’s name is spelled differently', async () => {
    // The first incident also raised a contact about Robin: wait until the front door has the case.
    await eventually(async () => {
      const rows = await screening
        .get(DataSource)
        .query(`SELECT 1 FROM case_children WHERE details->>'lastName' = $1`, [SURNAME]);
      return rows.length > 0 || undefined;
    });
    const recorded = await request(police.getHttpServer())
      .post('/incidents')
      .set(bearer(officer))
      // A further incident after the first referral: only those make a repeat.
      .send(ppn('Shivaun', 4, `Second incident for ${SURNAME}`, new Date()))
      .expect(201);
    const secondId = await referralFor('incident_id', recorded.body.incidentId);
    const { body: second } = await readReferral(secondId);
    expect(second).toMatchObject({ status: 'referred', repeat: true, previousReferralId: firstReferralId });
    expect(second.criteriaMet).toEqual(['repeat']);

    // Children's social care now knows Robin from that contact, and says so in its research.
    const socialCare = await eventually(async () => {
      const { body } = await readReferral(secondId);
      return body.research.find(
        (r: { agency: string; status: string }) =>
          r.agency === InformationAgency.ChildrenSocialCare && r.status === 'answered',
      );
    });
    expect(socialCare.subjects).toEqual([
      expect.objectContaining({
        subjectRef: 'child-1',
        known: true,
        // The second incident's own contact may or may not be there yet; the first's is.
        findings: expect.arrayContaining([
          expect.objectContaining({ dataset: 'front-door-contacts', summary: expect.stringContaining('from police') }),
        ]),
      }),
    ]);

    const { body: latest } = await request(marac.getHttpServer())
      .get('/referrals?status=referred&limit=10')
      .set(bearer(coordinator))
      .expect(200);
    expect(latest.map((r: { id: string }) => r.id).slice(0, 2)).toEqual([secondId, firstReferralId]);
    await request(marac.getHttpServer()).get('/referrals?limit=5000').set(bearer(coordinator)).expect(400);

    // A day either side, so London's date and UTC's may differ without the test noticing.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const { body: summary } = await request(marac.getHttpServer())
      .get(`/reports/summary?from=${day(-1)}&to=${day(1)}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(summary.referred).toBeGreaterThanOrEqual(2);
    expect(summary.repeats).toBeGreaterThanOrEqual(1);
    expect(summary.byReferringAgency.police).toBeGreaterThanOrEqual(2);
    await request(marac.getHttpServer())
      .get(`/reports/summary?from=${day(0)}&to=2020-01-01`)
      .set(bearer(coordinator))
      .expect(400);
  });

  it('keeps the safe address from the agenda of anyone but the IDVA and police', async () => {
    const texts = [
      JSON.stringify((await readReferral(firstReferralId, healthPractitioner)).body),
      JSON.stringify((await readReferral(firstReferralId, coordinator)).body),
      ...probe.messages.filter((m) => !m.topic.startsWith('frontdoor.police.incident')).map((m) => m.value),
    ];
    for (const text of texts) expect(text).not.toContain('Hidden Row');
  });

  it("refers a front-door decision's domestic abuse by professional judgement, once per case", async () => {
    const caseId = randomUUID();
    const decided: ScreeningDecidedV1 = {
      caseId,
      contactId: randomUUID(),
      contactReference: 'FD-20261123-0001',
      outcome: ScreeningOutcome.StrategyDiscussion,
      levelOfNeed: LevelOfNeed.Specialist,
      rag: Rag.Red,
      rationale: 'Escalating threats since separation; children present.',
      childsVoiceConsidered: true,
      familyAwareness: FamilyAwareness.NotToldBecauseOfRisk,
      referrerFeedback: 'Thank you; a strategy discussion is being held.',
      referrerOrganisation: 'Example Primary',
      sourceType: SourceType.School,
      cinReferralSource: '2A',
      concernCategories: [],
      reReferral: false,
      children: [{ personId: randomUUID(), firstName: 'Kit', lastName: `${SURNAME}x`, dateOfBirth: '2015-01-01' }],
      decidedBy: 'demo-screener',
      approvedBy: 'demo-manager',
      decidedAt: new Date().toISOString(),
      maracReferral: {
        victim: { firstName: 'Dana', lastName: `${SURNAME}x`, dateOfBirth: '1990-01-01' },
        perpetrator: { firstName: 'Lee', lastName: `${SURNAME}x`, dateOfBirth: '1988-01-01' },
        professionalJudgementReason: 'Threats to kill; DA advisor and police agree the risk is high.',
      },
    };
    const publish = (payload: ScreeningDecidedV1) =>
      probe.produceRaw(
        Topics.ScreeningDecided.name,
        caseId, // one key: one partition, so these are consumed in this order
        JSON.stringify(createEnvelope(Topics.ScreeningDecided, payload, { producer: 'screening' })),
      );
    const marker = { ...decided, caseId: randomUUID() };
    await publish(decided);
    await publish(decided); // the same decision again, as a new event (e.g. republished)
    await publish(marker);

    const id = await referralFor('screening_case_id', caseId);
    await referralFor('screening_case_id', marker.caseId); // so the repeat before it was consumed too
    const { body } = await readReferral(id);
    expect(body).toMatchObject({
      source: 'screening-decision',
      status: 'referred',
      referringAgency: 'children-social-care',
    });
    expect(body.criteriaMet).toEqual(['professional-judgement']);
    const [{ count }] = await marac
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM marac_referrals WHERE screening_case_id = $1`, [caseId]);
    expect(count).toBe(1);
  });
});
