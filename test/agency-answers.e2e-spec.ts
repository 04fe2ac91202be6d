import { Role } from '@frontdoor/auth';
import { ConcernCategory, FamilyAwareness, SourceType } from '@frontdoor/contracts';
import { SHARED_POPULATION_SEED } from '@frontdoor/synthetic-population';
import { bearer, eventually, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createEducationApp } from '../apps/education/src/education.app';
import { EDUCATION_RECORDS_AS_OF } from '../apps/education/src/synthetic/education-population';
import { seedEducationRecords } from '../apps/education/src/synthetic/seed-education-records';
import { createHealthApp } from '../apps/health/src/health.app';
import { seedHealthRecords } from '../apps/health/src/synthetic/seed-health-records';
import { createPoliceApp } from '../apps/police/src/police.app';
import { seedPoliceRecords } from '../apps/police/src/synthetic/seed-police-records';
import { childKnownToAgencies } from './support/contacts';
import { FrontDoorStack, startFrontDoorStack } from './support/front-door-stack';

/** The whole exchange on real services: screening asks, police, health and education answer. */
describe('a case asks police, health and education, and every answer attaches', () => {
  let stack: FrontDoorStack;
  const agencies: INestApplication[] = [];

  async function startAgency(
    service: string,
    create: () => Promise<{ app: INestApplication; events: { joined: Promise<void> } }>,
    seed: (dataSource: DataSource) => Promise<unknown>,
  ): Promise<void> {
    useServiceTestEnvironment(service);
    const { app, events } = await create();
    await app.startAllMicroservices();
    await app.init();
    await events.joined;
    await seed(app.get(DataSource));
    agencies.push(app);
  }

  beforeAll(async () => {
    stack = await startFrontDoorStack();
    const seed = SHARED_POPULATION_SEED;
    await startAgency('police', createPoliceApp, (db) => seedPoliceRecords(db, { seed, count: 1500 }));
    await startAgency('health', createHealthApp, (db) => seedHealthRecords(db, { seed, count: 2000 }));
    await startAgency('education', createEducationApp, (db) =>
      seedEducationRecords(db, { seed, count: 1500, asOf: EDUCATION_RECORDS_AS_OF }),
    );
  });

  afterAll(async () => {
    for (const app of agencies) await app.close();
    await stack?.close();
  });

  it('shows each agency’s automatic answer on the case, limited to that agency’s datasets', async () => {
    const dsl = await tokenFor(Role.SchoolDsl);
    const screener = await tokenFor(Role.Screener);
    const { body: accepted } = await request(stack.intake.getHttpServer())
      .post('/contacts')
      .set(bearer(dsl))
      .send({
        source: { type: SourceType.School, cinCode: '2A' },
        referrer: { name: 'Olive Oakfield', role: 'DSL', organisation: 'Oakfield Lane Primary School' },
        children: [childKnownToAgencies()],
        adults: [],
        concerns: {
          categories: [ConcernCategory.Neglect],
          narrative: 'Often collected late and found alone at the gate.',
          immediateDanger: false,
          familyAwareness: FamilyAwareness.DoesNotKnow,
        },
      })
      .expect(201);
    const caseId = await eventually(async () => {
      const { body } = await request(stack.screening.getHttpServer())
        .get(`/worklist?reference=${accepted.reference}`)
        .set(bearer(screener));
      return body[0]?.caseId as string | undefined;
    });

    await request(stack.screening.getHttpServer())
      .post(`/cases/${caseId}/information-requests`)
      .set(bearer(screener))
      .send({ question: 'What do you know about this child?' })
      .expect(201);

    const answered = await eventually(
      async () => {
        const { body } = await request(stack.screening.getHttpServer()).get(`/cases/${caseId}`).set(bearer(screener));
        const requests = body.informationRequests as { agency: string; status: string }[];
        return requests.length === 3 && requests.every((r) => r.status === 'answered') ? body : undefined;
      },
      { timeoutMs: 30_000, what: 'answers from police, health and education' },
    );
    for (const answer of answered.informationRequests) {
      expect(answer.answer[0]).toMatchObject({ subjectRef: answered.children[0].childId, known: true });
      expect(answer.answer[0].findings.length).toBeGreaterThan(0);
      expect(answer.answeredBy.subject).toBe('automatic');
    }
    const datasets = (agency: string): Set<string> =>
      new Set<string>(
        answered.informationRequests
          .find((r: { agency: string }) => r.agency === agency)
          .answer[0].findings.map((f: { dataset: string }) => f.dataset),
      );
    expect(
      [...datasets('education')].every((d) =>
        ['school', 'attendance', 'exclusions', 'safeguarding-concerns', 'special-educational-needs'].includes(d),
      ),
    ).toBe(true);
    expect(
      [...datasets('health')].every((d) =>
        ['gp-registration', 'health-involvement', 'child-protection-flags', 'missed-appointments'].includes(d),
      ),
    ).toBe(true);

    // A health practitioner sees police's answer only through a case they could read: they cannot.
    const health = await tokenFor(Role.HealthPractitioner);
    await request(stack.screening.getHttpServer()).get(`/cases/${caseId}`).set(bearer(health)).expect(403);
    await request(agencies[0].getHttpServer()).get('/information-requests').set(bearer(health)).expect(403);
  });
});
