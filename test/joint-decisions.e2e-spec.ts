import { Role } from '@frontdoor/auth';
import { ScreeningOutcome, SourceType } from '@frontdoor/contracts';
import { bearer, eventually, tokenFor } from '@frontdoor/testing';
import request from 'supertest';
import { uniqueContact } from './support/contacts';
import { FrontDoorStack, startFrontDoorStack } from './support/front-door-stack';

describe('police and domestic-abuse contacts are decided jointly', () => {
  let stack: FrontDoorStack;
  let socialWorker: string;
  let officer: string;
  let daAdvisor: string;
  let manager: string;

  beforeAll(async () => {
    stack = await startFrontDoorStack();
    socialWorker = await tokenFor(Role.Screener);
    officer = await tokenFor(Role.PoliceOfficer);
    daAdvisor = await tokenFor(Role.DaAdvisor);
    manager = await tokenFor(Role.Manager);
  });

  afterAll(async () => stack?.close());

  const screening = () => request(stack.screening.getHttpServer());

  async function policeCase(): Promise<string> {
    const { body } = uniqueContact({ domesticAbuse: true });
    body.source = { type: SourceType.Police, cinCode: '6' };
    const { body: accepted } = await request(stack.intake.getHttpServer())
      .post('/contacts')
      .set(bearer(officer))
      .send(body)
      .expect(201);
    return eventually(async () => {
      const { body: items } = await screening()
        .get(`/worklist?reference=${accepted.reference}`)
        .set(bearer(socialWorker));
      return items[0]?.caseId as string | undefined;
    });
  }

  const view = (token: string, caseId: string, recommendedOutcome: ScreeningOutcome, riskLevel = 'high') =>
    screening()
      .post(`/cases/${caseId}/joint-decision/views`)
      .set(bearer(token))
      .send({ recommendedOutcome, riskLevel, rationale: 'Repeat incident, child present.' });

  const decide = (token: string, caseId: string, outcome: ScreeningOutcome) =>
    screening().post(`/cases/${caseId}/decision`).set(bearer(token)).send({
      outcome,
      levelOfNeed: 4,
      rationale: 'Reasonable cause to suspect significant harm.',
      childsVoiceConsidered: true,
      childsVoiceSummary: 'Frightened of the shouting.',
      referrerFeedback: 'A strategy discussion has been arranged.',
    });

  it('seals only when the social worker, the GMP officer and the DA advisor all agree', async () => {
    const caseId = await policeCase();
    await view(socialWorker, caseId, ScreeningOutcome.StrategyDiscussion).expect(201);
    await view(officer, caseId, ScreeningOutcome.StrategyDiscussion).expect(201);
    // Two of three: not sealed, so the screener cannot decide yet.
    await decide(socialWorker, caseId, ScreeningOutcome.StrategyDiscussion).expect(409);

    const sealed = await view(daAdvisor, caseId, ScreeningOutcome.StrategyDiscussion, 'medium').expect(201);
    expect(sealed.body).toMatchObject({ status: 'agreed', outcome: 'strategy-discussion', riskLevel: 'high' });
    expect(sealed.body.sealedAt).toBeTruthy();
    await view(officer, caseId, ScreeningOutcome.NoFurtherAction).expect(409);

    // The screener records what was agreed, not something else.
    await decide(socialWorker, caseId, ScreeningOutcome.NoFurtherAction).expect(409);
    await decide(socialWorker, caseId, ScreeningOutcome.StrategyDiscussion).expect(201);

    // The officer sees the case through the joint decision, with every view on it.
    const { body: seenByOfficer } = await screening().get(`/cases/${caseId}`).set(bearer(officer)).expect(200);
    expect(seenByOfficer.jointDecision.views.map((v: { party: string }) => v.party)).toEqual([
      'social-worker',
      'police',
      'da-advisor',
    ]);
  });

  it('records disagreement and escalates it to a manager, who resolves it', async () => {
    const caseId = await policeCase();
    await view(socialWorker, caseId, ScreeningOutcome.StrategyDiscussion).expect(201);
    await view(officer, caseId, ScreeningOutcome.ChildAndFamilyAssessment).expect(201);
    const disagreed = await view(daAdvisor, caseId, ScreeningOutcome.StrategyDiscussion).expect(201);
    expect(disagreed.body).toMatchObject({ status: 'disagreed', sealedAt: null });
    expect(disagreed.body.escalatedAt).toBeTruthy();

    const { body: escalated } = await screening()
      .get('/joint-decisions?status=disagreed')
      .set(bearer(manager))
      .expect(200);
    expect(escalated.map((row: { caseId: string }) => row.caseId)).toContain(caseId);

    await decide(socialWorker, caseId, ScreeningOutcome.StrategyDiscussion).expect(409);
    await decide(manager, caseId, ScreeningOutcome.StrategyDiscussion).expect(201);
    const { body: audit } = await screening().get(`/cases/${caseId}`).set(bearer(manager)).expect(200);
    expect(audit.jointDecision.status).toBe('disagreed');
    expect(audit.decisions[0].decidedBy).toBe('demo-manager');
  });

  it('keeps other cases from police and DA colleagues, and refuses views from other agencies', async () => {
    const { body } = uniqueContact();
    const { body: accepted } = await request(stack.intake.getHttpServer())
      .post('/contacts')
      .set(bearer(await tokenFor(Role.SchoolDsl)))
      .send(body)
      .expect(201);
    const caseId = await eventually(async () => {
      const { body: items } = await screening()
        .get(`/worklist?reference=${accepted.reference}`)
        .set(bearer(socialWorker));
      return items[0]?.caseId as string | undefined;
    });
    await screening().get(`/cases/${caseId}`).set(bearer(officer)).expect(404);
    await view(officer, caseId, ScreeningOutcome.NoFurtherAction).expect(404);
    const policeCaseId = await policeCase();
    await view(await tokenFor(Role.SchoolDsl), policeCaseId, ScreeningOutcome.NoFurtherAction).expect(403);
    await screening().get('/worklist').set(bearer(officer)).expect(403);
  });
});
