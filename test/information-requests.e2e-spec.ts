import { Role } from '@frontdoor/auth';
import {
  Article6Basis,
  InformationAgency,
  InformationRequestedV1,
  SpecialCategoryCondition,
  Topics,
  createEnvelope,
} from '@frontdoor/contracts';
import { KafkaProbe, bearer, eventually, tokenFor } from '@frontdoor/testing';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { DeadlineSweeper } from '../apps/screening/src/deadlines/deadline-sweeper';
import { uniqueContact } from './support/contacts';
import { FrontDoorStack, startFrontDoorStack } from './support/front-door-stack';

describe('the front door asks agencies what they know, and chases them by deadline', () => {
  let stack: FrontDoorStack;
  let probe: KafkaProbe;
  let screener: string;

  beforeAll(async () => {
    probe = await new KafkaProbe().start([
      Topics.PoliceInformationRequested,
      Topics.HealthInformationRequested,
      Topics.EducationInformationRequested,
      Topics.InformationRequestOverdue,
    ]);
    stack = await startFrontDoorStack();
    screener = await tokenFor(Role.Screener);
  });

  afterAll(async () => {
    await stack?.close();
    await probe?.stop();
  });

  const screening = () => request(stack.screening.getHttpServer());

  async function openCase() {
    const dsl = await tokenFor(Role.SchoolDsl);
    const { body: accepted } = await request(stack.intake.getHttpServer())
      .post('/contacts')
      .set(bearer(dsl))
      .send(uniqueContact().body)
      .expect(201);
    return eventually(async () => {
      const { body } = await screening()
        .get(`/worklist?reference=${accepted.reference}`)
        .set(bearer(screener))
        .expect(200);
      return body[0] as { caseId: string; reference: string } | undefined;
    });
  }

  it('sends one request per agency with lawful basis, requesting officer, deadline and only the people it needs', async () => {
    const { caseId } = await openCase();
    const { body: created } = await screening()
      .post(`/cases/${caseId}/information-requests`)
      .set(bearer(screener))
      .send({ question: 'What do you know about this household?' })
      .expect(201);
    expect(created.map((r: { agency: string }) => r.agency).sort()).toEqual(['education', 'health', 'police']);

    const sent = (topic: typeof Topics.PoliceInformationRequested) =>
      probe.waitForEnvelope<InformationRequestedV1>(topic, (e) => e.payload.caseId === caseId);
    const police = await sent(Topics.PoliceInformationRequested);
    const education = await sent(Topics.EducationInformationRequested);
    await sent(Topics.HealthInformationRequested);

    expect(police.payload).toMatchObject({
      agency: 'police',
      datasets: ['incidents', 'domestic-abuse-history', 'warning-markers', 'open-investigations'],
      lawfulBasis: {
        article6: Article6Basis.PublicTask,
        specialCategoryCondition: SpecialCategoryCondition.SafeguardingChildren,
      },
      requestedBy: { subject: 'demo-screener-1', organisation: 'trafford-cs' },
    });
    expect(police.payload.subjects.map((s) => s.role)).toEqual(['child', 'adult', 'adult']);
    expect(education.payload.subjects.map((s) => s.role)).toEqual(['child']);
    expect(new Date(police.payload.respondBy).getTime()).toBeGreaterThan(Date.now());

    // A second request while the first is unanswered is refused.
    await screening()
      .post(`/cases/${caseId}/information-requests`)
      .set(bearer(screener))
      .send({ question: 'Again?', agencies: ['police'] })
      .expect(409);
  });

  it('attaches answers as they arrive and escalates the agencies that miss their deadline', async () => {
    const { caseId } = await openCase();
    await screening()
      .post(`/cases/${caseId}/information-requests`)
      .set(bearer(screener))
      .send({ question: 'Anything known?' })
      .expect(201);
    const police = await probe.waitForEnvelope<InformationRequestedV1>(
      Topics.PoliceInformationRequested,
      (e) => e.payload.caseId === caseId,
    );

    const answer = createEnvelope(
      Topics.InformationAnswered,
      {
        requestId: police.payload.requestId,
        caseId,
        agency: InformationAgency.Police,
        subjects: police.payload.subjects.map((subject, index) => ({
          subjectRef: subject.subjectRef,
          known: index === 0,
          findings:
            index === 0
              ? [
                  {
                    dataset: 'incidents' as const,
                    summary: 'Domestic incident attended, child present',
                    occurredAt: '2026-09-14',
                  },
                ]
              : [],
        })),
        withheld: [{ what: 'open investigation', reason: 'operationally sensitive' }],
        lawfulBasis: police.payload.lawfulBasis,
        answeredBy: { subject: 'automatic' },
        answeredAt: new Date().toISOString(),
      },
      { producer: 'police' },
    );
    await probe.produceRaw(Topics.InformationAnswered.name, caseId, JSON.stringify(answer));

    const answered = await eventually(async () => {
      const { body } = await screening().get(`/cases/${caseId}`).set(bearer(screener)).expect(200);
      const byAgency = Object.fromEntries(body.informationRequests.map((r: { agency: string }) => [r.agency, r]));
      return byAgency.police.status === 'answered' ? byAgency : undefined;
    });
    expect(answered.police.answer[0].findings[0].summary).toBe('Domestic incident attended, child present');
    expect(answered.police.withheld).toEqual([{ what: 'open investigation', reason: 'operationally sensitive' }]);
    expect(answered.health).toMatchObject({ status: 'requested', overdue: false });

    // The clock moves past the deadline: health and education are escalated, police is not.
    const sweeper = stack.screening.get(DeadlineSweeper);
    const later = new Date(new Date(police.payload.respondBy).getTime() + 60_000);
    expect(await sweeper.sweep(later)).toBeGreaterThanOrEqual(3);
    const overdue = await eventually(() => {
      const mine = probe.envelopes(Topics.InformationRequestOverdue).filter((e) => e.payload.caseId === caseId);
      return mine.length === 2 ? mine : undefined;
    });
    expect(overdue.map((e) => e.payload.agency).sort()).toEqual(['education', 'health']);

    const { body: full } = await screening().get(`/cases/${caseId}`).set(bearer(screener)).expect(200);
    const health = full.informationRequests.find((r: { agency: string }) => r.agency === 'health');
    expect(health).toMatchObject({ status: 'requested', overdue: true });
    expect(health.escalatedAt).toBe(later.toISOString());
    const { body: worklist } = await screening()
      .get(`/worklist?reference=${full.reference}`)
      .set(bearer(screener))
      .expect(200);
    expect(worklist[0].overdueInformationRequests).toEqual(['education', 'health']);

    // A deadline fires once, even if swept again.
    await sweeper.sweep(later);
    const [{ count }] = await stack.screening
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS count FROM deadlines d JOIN information_requests r ON r.id = d.subject_id WHERE r.case_id = $1 AND d.fired_at IS NOT NULL`,
        [caseId],
      );
    expect(count).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(probe.envelopes(Topics.InformationRequestOverdue).filter((e) => e.payload.caseId === caseId)).toHaveLength(
      2,
    );
  });
});
