import { Role } from '@frontdoor/auth';
import {
  ALL_TOPICS,
  AgencyDataset,
  InformationAgency,
  InformationRequestedV1,
  RequestSubjectV1,
  Topics,
} from '@frontdoor/contracts';
import { serviceDataSourceOptions } from '@frontdoor/database';
import {
  KafkaProbe,
  bearer,
  eventually,
  tokenFor,
  useServiceTestEnvironment,
  answerTo,
  informationRequestTo,
  sendInformationRequest,
} from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { POLICE_DATABASE } from '../src/database/police-database';
import { createPoliceApp } from '../src/police.app';
import { yearsBefore } from '../src/records/police-answer';
import { PoliceDataset, SyntheticHousehold, policeDataset } from '../src/synthetic/police-population';
import { seedPoliceRecords } from '../src/synthetic/seed-police-records';
import { POPULATION_REFERENCE_DATE, SHARED_POPULATION_SEED } from '@frontdoor/synthetic-population';

const SEED = SHARED_POPULATION_SEED;
const COUNT = 1500;
/**
 * The synthetic records are as of a fixed day; share two years back from then whatever today is,
 * so this test means the same next year.
 */
const LOOKBACK_YEARS = 2 + Math.max(0, new Date().getUTCFullYear() - Number(POPULATION_REFERENCE_DATE.slice(0, 4)));

describe('police (GMP) answers the front door from its own records', () => {
  let app: INestApplication;
  let probe: KafkaProbe;
  let dataset: PoliceDataset;
  let officer: string;

  beforeAll(async () => {
    useServiceTestEnvironment('police');
    process.env.POLICE_INCIDENT_LOOKBACK_YEARS = String(LOOKBACK_YEARS);
    const dataSource = new DataSource(serviceDataSourceOptions(POLICE_DATABASE));
    await dataSource.initialize();
    try {
      await seedPoliceRecords(dataSource, { seed: SEED, count: COUNT });
    } finally {
      await dataSource.destroy();
    }
    dataset = policeDataset({ seed: SEED, count: COUNT });

    probe = await new KafkaProbe().start([...ALL_TOPICS]);
    const { app: police, events } = await createPoliceApp();
    app = police;
    await app.startAllMicroservices();
    await app.init();
    await events.joined;
    officer = await tokenFor(Role.PoliceOfficer);
  });

  afterAll(async () => {
    await app?.close();
    await probe?.stop();
    delete process.env.POLICE_INCIDENT_LOOKBACK_YEARS;
  });

  const http = () => request(app.getHttpServer());

  // --- the synthetic households, as the front door would name them ------------------------------

  const person = (id: string) => dataset.people.find((p) => p.id === id)!;
  const householdIds = (h: SyntheticHousehold) => [h.childId, ...h.adultIds];
  const since = () => yearsBefore(new Date(), LOOKBACK_YEARS);

  function hasOpenSensitiveInvestigation(h: SyntheticHousehold): boolean {
    const ids = new Set(householdIds(h));
    return dataset.investigations.some(
      (inv) =>
        inv.status === 'open' &&
        inv.sensitive &&
        dataset.investigationPeople.some((p) => p.investigationId === inv.id && ids.has(p.personId)),
    );
  }

  function recentIncidentsOf(personId: string): number {
    const ids = new Set(dataset.incidentPeople.filter((p) => p.personId === personId).map((p) => p.incidentId));
    return dataset.incidents.filter((i) => ids.has(i.id) && i.occurredAt >= since()).length;
  }

  function find(what: string, test: (h: SyntheticHousehold) => boolean): SyntheticHousehold {
    const found = dataset.households.find(test);
    if (!found) throw new Error(`the synthetic data has no household with ${what}`);
    return found;
  }

  /** Names as a referrer would write them (police often hold surnames in capitals). */
  const titleCase = (name: string) => (name === name.toUpperCase() ? name[0] + name.slice(1).toLowerCase() : name);

  function subjectsOf(h: SyntheticHousehold): RequestSubjectV1[] {
    const child: RequestSubjectV1 = {
      subjectRef: randomUUID(),
      role: 'child',
      firstName: h.child.firstName,
      lastName: h.child.lastName,
      dateOfBirth: h.child.dateOfBirth,
      nhsNumber: h.child.nhsNumber,
      upn: h.child.upn,
      postcode: h.child.postcode,
    };
    const adults = h.adultIds.map((id, index): RequestSubjectV1 => {
      const adult = person(id);
      return {
        subjectRef: `adult-${index + 1}`,
        role: 'adult',
        firstName: adult.firstName,
        lastName: titleCase(adult.lastName),
        ...(adult.dateOfBirth && { dateOfBirth: adult.dateOfBirth }),
        postcode: h.child.postcode,
      };
    });
    return [child, ...adults];
  }

  const informationRequest = (subjects: RequestSubjectV1[], datasets?: readonly AgencyDataset[]) =>
    informationRequestTo(InformationAgency.Police, subjects, datasets);
  const send = (request: InformationRequestedV1) => sendInformationRequest(probe, request);

  /** Every message the probe saw, on every topic, must be free of these values. */
  async function expectNowhere(values: string[], answered: InformationRequestedV1[]): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 500)); // anything else this run produced
    const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
    const everything = probe.messages.map((m) => squash(`${m.key ?? ''} ${m.value} ${JSON.stringify(m.headers)}`));
    // The search covers the requests and their answers (the probe did see them).
    for (const req of answered) {
      expect(everything.filter((message) => message.includes(squash(req.requestId))).length).toBeGreaterThanOrEqual(2);
    }
    for (const value of values) {
      expect(squash(value).length).toBeGreaterThanOrEqual(5);
      expect(everything.filter((message) => message.includes(squash(value)))).toEqual([]);
    }
  }

  // --- the tests -----------------------------------------------------------------------------------

  it('answers a seeded child at once, with only the datasets the request asked for', async () => {
    const h = find(
      'recent incidents and DA history',
      (x) =>
        !x.nameVariant &&
        !hasOpenSensitiveInvestigation(x) &&
        recentIncidentsOf(x.childId) >= 1 &&
        dataset.domesticAbuse.some((pair) => x.adultIds.includes(pair.victimId)),
    );
    const req = informationRequest(subjectsOf(h), ['incidents']);
    await send(req);
    const { payload: answer } = await answerTo(probe, req);

    expect(answer).toMatchObject({
      caseId: req.caseId,
      agency: 'police',
      lawfulBasis: req.lawfulBasis,
      answeredBy: { subject: 'automatic' },
    });
    expect(answer.subjects.map((s) => s.subjectRef)).toEqual(req.subjects.map((s) => s.subjectRef));
    expect(answer.subjects.every((s) => s.known)).toBe(true);
    const child = answer.subjects[0];
    expect(child.matchedOn).toBe('name-dob-postcode');
    expect(child.findings).toHaveLength(recentIncidentsOf(h.childId));
    expect(child.findings[0].summary).toMatch(/^Police (attended|recorded) .* on \d{4}-\d{2}-\d{2} \(ref GMP-/);
    // Only incidents: no DA history, markers or investigations, and nothing withheld from them.
    const datasets = new Set(answer.subjects.flatMap((s) => s.findings.map((f) => f.dataset)));
    expect([...datasets]).toEqual(['incidents']);
    expect(answer.withheld).toEqual([]);
  });

  it('says "not known" about a child police have never heard of', async () => {
    const req = informationRequest([
      {
        subjectRef: 'child-1',
        role: 'child',
        firstName: 'Zebedee',
        lastName: `Quillfeather${Date.now()}`,
        dateOfBirth: '2017-03-04',
        postcode: 'M33 7ZZ',
      },
    ]);
    await send(req);
    const { payload: answer } = await answerTo(probe, req);
    expect(answer.subjects).toEqual([{ subjectRef: 'child-1', known: false, findings: [] }]);
    expect(answer.withheld).toEqual([]);
  });

  it('does not match a child police recorded under a variant of the name, but says a record may exist', async () => {
    const h = find('a name variant', (x) => !!x.nameVariant);
    const req = informationRequest(subjectsOf(h).slice(0, 1), ['incidents']);
    await send(req);
    const { payload: answer } = await answerTo(probe, req);
    expect(answer.subjects[0]).toMatchObject({ known: false, findings: [] });
    expect(answer.withheld).toEqual([
      {
        what: `A possible police record for ${h.child.firstName} ${h.child.lastName}`,
        reason: expect.stringContaining('not matched automatically'),
      },
    ]);
  });

  it("never lets a victim's safe address or a restricted marker leave, in any message on any topic", async () => {
    const refuge = find(
      'a DA victim with a safe address',
      (x) => !x.nameVariant && !hasOpenSensitiveInvestigation(x) && x.adultIds.some((id) => person(id).safeAddress),
    );
    const marked = find(
      'a restricted warning marker',
      (x) =>
        !x.nameVariant &&
        !hasOpenSensitiveInvestigation(x) &&
        dataset.markers.some((m) => m.restricted && householdIds(x).includes(m.personId)),
    );
    const requests = [informationRequest(subjectsOf(refuge)), informationRequest(subjectsOf(marked))];
    for (const req of requests) await send(req);
    const [refugeAnswer, markedAnswer] = await Promise.all(requests.map((request) => answerTo(probe, request)));

    const victim = person(refuge.adultIds.find((id) => person(id).safeAddress)!);
    const victimAnswer = refugeAnswer.payload.subjects[refuge.adultIds.indexOf(victim.id) + 1];
    expect(victimAnswer.known).toBe(true);
    expect(victimAnswer.findings.some((f) => f.dataset === 'domestic-abuse-history')).toBe(true);

    const restricted = dataset.markers.filter((m) => m.restricted && householdIds(marked).includes(m.personId));
    expect(markedAnswer.payload.withheld).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'restricted: held by GMP and not shared outside the police' }),
      ]),
    );

    const safeAddress = victim.safeAddress!;
    const [street, townAndPostcode] = safeAddress.split(', ');
    await expectNowhere(
      [safeAddress, street, townAndPostcode.split(' ').slice(1).join(' '), ...restricted.map((m) => m.note!)],
      requests,
    );
  });

  it('holds a request about someone in an operationally sensitive investigation for an officer, who answers it', async () => {
    const h = find('an open sensitive investigation', (x) => !x.nameVariant && hasOpenSensitiveInvestigation(x));
    const ids = new Set(householdIds(h));
    const sensitive = dataset.investigations.find(
      (inv) =>
        inv.sensitive &&
        inv.status === 'open' &&
        dataset.investigationPeople.some((p) => p.investigationId === inv.id && ids.has(p.personId)),
    )!;
    const req = informationRequest(subjectsOf(h));
    await send(req);

    const awaiting = await eventually(async () => {
      const { body } = await http()
        .get('/information-requests?status=awaiting-review')
        .set(bearer(officer))
        .expect(200);
      return (body as { id: string; status: string }[]).find((r) => r.id === req.requestId);
    });
    expect(awaiting).toMatchObject({
      status: 'awaiting-review',
      caseReference: req.caseReference,
      datasets: req.datasets,
    });

    const { body: detail } = await http()
      .get(`/information-requests/${req.requestId}`)
      .set(bearer(officer))
      .expect(200);
    expect(detail.proposed.withheld).toEqual(
      expect.arrayContaining([
        { what: expect.stringContaining('An open investigation involving'), reason: 'operationally sensitive' },
      ]),
    );
    expect(JSON.stringify(detail.proposed)).not.toContain(sensitive.reference);
    expect(probe.envelopes(Topics.InformationAnswered).some((e) => e.payload.requestId === req.requestId)).toBe(false);

    // The officer shares what the records propose, and (carelessly) adds the operation's reference.
    const subjects = detail.proposed.subjects.map((s: { findings: unknown[] }, index: number) =>
      index === 0
        ? {
            ...s,
            findings: [
              ...s.findings,
              { dataset: 'incidents', summary: `Linked to ${sensitive.reference}`, occurredAt: sensitive.openedOn },
            ],
          }
        : s,
    );
    await http()
      .post(`/information-requests/${req.requestId}/answer`)
      .set(bearer(officer))
      .send({ subjects, withheld: detail.proposed.withheld })
      .expect(200);

    const { payload: answer } = await answerTo(probe, req);
    expect(answer.answeredBy).toMatchObject({ subject: 'demo-police-officer' });
    expect(answer.withheld).toEqual(
      expect.arrayContaining([
        { what: expect.stringContaining('An open investigation involving'), reason: 'operationally sensitive' },
        { what: '1 finding(s)', reason: 'contained restricted information that this agency does not share' },
      ]),
    );
    await http()
      .post(`/information-requests/${req.requestId}/answer`)
      .set(bearer(officer))
      .send({ subjects, withheld: [] })
      .expect(409);
    await expectNowhere([sensitive.reference, sensitive.summary], [req]);
  });

  it('lets only police officers see or answer requests', async () => {
    await http().get('/information-requests').expect(401);
    for (const role of [Role.HealthPractitioner, Role.Screener, Role.EducationOfficer]) {
      await http()
        .get('/information-requests')
        .set(bearer(await tokenFor(role)))
        .expect(403);
      await http()
        .post(`/information-requests/${randomUUID()}/answer`)
        .set(bearer(await tokenFor(role)))
        .send({ subjects: [], withheld: [] })
        .expect(403);
    }
    await http().get('/information-requests').set(bearer(officer)).expect(200);
    await http().get('/health').expect(200);
  });
});
