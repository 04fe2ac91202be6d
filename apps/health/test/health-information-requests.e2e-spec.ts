import { Role } from '@frontdoor/auth';
import {
  InformationAgency,
  InformationAnsweredV1,
  InformationRequestedV1,
  RequestSubjectV1,
  Topics,
  AgencyDataset,
} from '@frontdoor/contracts';
import { generateNhsNumber, seededRandom } from '@frontdoor/identifiers';
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
import { createHealthApp } from '../src/health.app';
import { Patient } from '../src/patients/patient.entity';
import { SyntheticPatient } from '../src/synthetic/health-population';
import { seedHealthRecords } from '../src/synthetic/seed-health-records';
import { SHARED_POPULATION_SEED } from '@frontdoor/synthetic-population';

/** Big enough to hold every kind of record the tests need; person i is the same for any count. */
const POPULATION = 2000;

describe('health answers the front door from its own records', () => {
  let app: INestApplication;
  let probe: KafkaProbe;
  let db: DataSource;
  let patients: SyntheticPatient[];
  let practitioner: string;

  beforeAll(async () => {
    useServiceTestEnvironment('health');
    // Every topic: whatever this service produces, anywhere, is searched for restricted values.
    probe = await new KafkaProbe().start(Object.values(Topics));
    const created = await createHealthApp();
    app = created.app;
    await app.startAllMicroservices();
    await app.init();
    await created.events.joined;
    db = app.get(DataSource);
    patients = (await seedHealthRecords(db, { seed: SHARED_POPULATION_SEED, count: POPULATION })).population.patients;
    practitioner = await tokenFor(Role.HealthPractitioner);
  });

  afterAll(async () => {
    await app?.close();
    await probe?.stop();
  });

  const http = () => request(app.getHttpServer());

  /** A generated patient as the database holds it (the test database may have been seeded before). */
  async function stored(wanted: (patient: SyntheticPatient) => boolean, what: string): Promise<Patient> {
    const candidate = patients.find(wanted);
    if (!candidate) throw new Error(`the synthetic population has no ${what}`);
    return db.manager.findOneByOrFail(Patient, { id: candidate.patient.id });
  }

  const informationRequest = (subjects: RequestSubjectV1[], datasets?: readonly AgencyDataset[]) =>
    informationRequestTo(InformationAgency.Health, subjects, datasets);
  const send = (request: InformationRequestedV1) => sendInformationRequest(probe, request);

  const child = (ref: string, patient: Patient, withNhsNumber = true): RequestSubjectV1 => ({
    subjectRef: ref,
    role: 'child',
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
    ...(withNhsNumber && { nhsNumber: patient.nhsNumber }),
    ...(patient.postcode && { postcode: patient.postcode }),
  });

  /** Every message this probe saw, on every topic, as text. */
  async function everythingProduced(): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return probe.messages
      .map((message) => `${message.key ?? ''} ${message.value}`)
      .join('\n')
      .toLowerCase();
  }

  it('answers a request about a known child with the requested datasets only', async () => {
    const flagged = await stored(
      (p) =>
        p.role === 'child' &&
        !p.nameVariant &&
        p.childProtectionFlags.some((f) => !f.endedOn) &&
        p.gpRegistrations.length > 0 &&
        !p.involvements.some((i) => i.restricted) &&
        !p.missedAppointments.some((m) => m.restricted),
      'child on a plan',
    );
    const asked = informationRequest([child('child-1', flagged)], ['gp-registration', 'child-protection-flags']);
    await send(asked);

    const { payload } = await answerTo(probe, asked);
    expect(payload).toMatchObject({
      caseId: asked.caseId,
      agency: 'health',
      lawfulBasis: asked.lawfulBasis,
      answeredBy: { subject: 'automatic' },
      withheld: [],
    });
    expect(payload.subjects).toHaveLength(1);
    const [subject] = payload.subjects;
    expect(subject).toMatchObject({ subjectRef: 'child-1', known: true, matchedOn: 'nhs-number' });
    expect(new Set(subject.findings.map((f) => f.dataset))).toEqual(
      new Set(['gp-registration', 'child-protection-flags']),
    );
    expect(subject.findings.find((f) => f.dataset === 'child-protection-flags')!.summary).toMatch(
      /^CP-IS flag: .*\(flag active\).*responsible local authority/,
    );

    // The disclosure is on the health service's own log.
    const [disclosure] = await db.query('SELECT disclosed_to, shared FROM disclosures WHERE request_id = $1', [
      asked.requestId,
    ]);
    expect(disclosure.disclosed_to).toEqual(asked.requestedBy);
    expect(disclosure.shared).toEqual(payload.subjects);
  });

  it('says "not known" about a child it does not hold, and does not match a variant name without the NHS number', async () => {
    const variant = await stored(
      (p) => p.role === 'child' && p.nameVariant !== undefined,
      'child recorded under a variant name',
    );
    const asOthersKnowThem = patients.find((p) => p.patient.id === variant.id)!.person!;
    const held = new Set(patients.map((p) => p.patient.nhsNumber));
    const rng = seededRandom(Date.now());
    let unknownNhsNumber = generateNhsNumber(rng);
    while (held.has(unknownNhsNumber)) unknownNhsNumber = generateNhsNumber(rng);

    const asked = informationRequest(
      [
        {
          subjectRef: 'unknown',
          role: 'child',
          firstName: 'Zebedee',
          lastName: 'Nonesuch',
          dateOfBirth: '2019-02-03',
          nhsNumber: unknownNhsNumber,
          postcode: 'M33 1ZZ',
        },
        { subjectRef: 'variant-by-name', role: 'child', ...asOthersKnowThem, nhsNumber: undefined },
        { subjectRef: 'variant-by-nhs', role: 'child', ...asOthersKnowThem },
      ].map(({ index: _index, upn: _upn, ...subject }: any) => subject),
      ['gp-registration'],
    );
    await send(asked);

    const { payload } = await answerTo(probe, asked);
    const byRef = Object.fromEntries(payload.subjects.map((s) => [s.subjectRef, s]));
    expect(byRef.unknown).toEqual({ subjectRef: 'unknown', known: false, findings: [] });
    expect(byRef['variant-by-name']).toEqual({ subjectRef: 'variant-by-name', known: false, findings: [] });
    expect(byRef['variant-by-nhs']).toMatchObject({ known: true, matchedOn: 'nhs-number' });
  });

  it('holds a request touching a restricted record for review; nothing restricted or safe leaves, whoever writes the answer', async () => {
    const restrictedChild = await stored(
      (p) => p.role === 'child' && p.involvements.some((i) => i.restricted) && !p.nameVariant,
      'child with a restricted record',
    );
    const restrictedRecord = patients
      .find((p) => p.patient.id === restrictedChild.id)!
      .involvements.find((i) => i.restricted)!;
    const safeMother = await stored((p) => p.role === 'adult' && p.safeAddress !== null, 'adult with a safe address');
    const safeAddress = patients.find((p) => p.patient.id === safeMother.id)!.safeAddress!;
    const mother: RequestSubjectV1 = {
      subjectRef: 'adult-1',
      role: 'adult',
      firstName: safeMother.firstName,
      lastName: safeMother.lastName,
      dateOfBirth: safeMother.dateOfBirth,
      postcode: safeMother.postcode!,
    };

    const asked = informationRequest(
      [child('child-1', restrictedChild), mother],
      ['gp-registration', 'health-involvement', 'child-protection-flags', 'missed-appointments'],
    );
    await send(asked);

    // Held for a practitioner: listed as awaiting review, and not answered.
    const listed = await eventually(async () => {
      const { body } = await http()
        .get('/information-requests?status=awaiting-review&limit=500')
        .set(bearer(practitioner))
        .expect(200);
      return (body as { id: string; status: string }[]).find((item) => item.id === asked.requestId);
    });
    expect(listed.status).toBe('awaiting-review');
    expect(probe.envelopes(Topics.InformationAnswered).some((e) => e.payload.requestId === asked.requestId)).toBe(
      false,
    );

    // What the records would share: the restricted record withheld, not described.
    const { body: detail } = await http()
      .get(`/information-requests/${asked.requestId}`)
      .set(bearer(practitioner))
      .expect(200);
    expect(detail.status).toBe('awaiting-review');
    expect(detail.proposed.withheld).toContainEqual({
      what: expect.stringContaining('child-1'),
      reason: 'restricted clinical record',
    });
    const proposedText = JSON.stringify(detail.proposed.subjects).toLowerCase();
    expect(proposedText).not.toContain(restrictedRecord.provider.toLowerCase());
    expect(detail.proposed.subjects.find((s: { subjectRef: string }) => s.subjectRef === 'adult-1')).toMatchObject({
      known: true,
      matchedOn: 'name-dob-postcode',
    });

    // The practitioner shares the proposal, and (carelessly) the clinic and the safe address too.
    const careless = detail.proposed.subjects.map((subject: InformationAnsweredV1['subjects'][number]) => ({
      ...subject,
      findings: [
        ...subject.findings,
        subject.subjectRef === 'child-1'
          ? {
              dataset: 'health-involvement',
              summary: `Seen at ${restrictedRecord.provider} by ${restrictedRecord.leadPractitioner}`,
            }
          : {
              dataset: 'gp-registration',
              summary: `Now living at ${safeAddress.line1}, ${safeAddress.town} ${safeAddress.postcode}`,
            },
      ],
    }));
    await http()
      .post(`/information-requests/${asked.requestId}/answer`)
      .set(bearer(practitioner))
      .send({ subjects: careless, withheld: detail.proposed.withheld })
      .expect(200);

    const { payload } = await answerTo(probe, asked);
    expect(payload.answeredBy).toMatchObject({ subject: 'demo-health-practitioner' });
    expect(payload.withheld).toContainEqual({
      what: expect.stringContaining('child-1'),
      reason: 'restricted clinical record',
    });
    expect(payload.withheld).toContainEqual({
      what: '2 finding(s)',
      reason: 'contained restricted information that this agency does not share',
    });
    expect(payload.subjects.find((s) => s.subjectRef === 'child-1')!.findings.length).toBeGreaterThan(0);

    const produced = await everythingProduced();
    for (const value of [
      restrictedRecord.provider,
      restrictedRecord.leadPractitioner,
      safeAddress.line1,
      safeAddress.postcode,
    ]) {
      expect(produced).not.toContain(value.toLowerCase());
    }
    const { body: answered } = await http()
      .get(`/information-requests/${asked.requestId}`)
      .set(bearer(practitioner))
      .expect(200);
    expect(answered.status).toBe('answered');
  });

  it('answers about an adult with a safe address at once, and the address is in no message', async () => {
    const safeMother = await stored(
      (p) => p.role === 'adult' && p.safeAddress !== null && !p.involvements.some((i) => i.restricted),
      'adult with a safe address and no restricted record',
    );
    const safeAddress = patients.find((p) => p.patient.id === safeMother.id)!.safeAddress!;
    const asked = informationRequest(
      [
        {
          subjectRef: 'adult-1',
          role: 'adult',
          firstName: safeMother.firstName,
          lastName: safeMother.lastName,
          dateOfBirth: safeMother.dateOfBirth,
          postcode: safeMother.postcode!,
        },
      ],
      ['gp-registration', 'health-involvement', 'child-protection-flags', 'missed-appointments'],
    );
    await send(asked);

    const { payload } = await answerTo(probe, asked);
    expect(payload.answeredBy.subject).toBe('automatic');
    expect(payload.subjects[0]).toMatchObject({ known: true, matchedOn: 'name-dob-postcode' });
    const produced = await everythingProduced();
    expect(produced).not.toContain(safeAddress.line1.toLowerCase());
    expect(produced).not.toContain(safeAddress.postcode.toLowerCase());
  });

  it('lets only health practitioners see or answer requests', async () => {
    await http().get('/information-requests').expect(401);
    for (const role of [Role.PoliceOfficer, Role.EducationOfficer, Role.Screener, Role.SchoolDsl]) {
      await http()
        .get('/information-requests')
        .set(bearer(await tokenFor(role)))
        .expect(403);
    }
    await http()
      .post(`/information-requests/${randomUUID()}/answer`)
      .set(bearer(await tokenFor(Role.PoliceOfficer)))
      .send({ subjects: [], withheld: [] })
      .expect(403);
    await http().get('/information-requests').set(bearer(practitioner)).expect(200);
  });
});
