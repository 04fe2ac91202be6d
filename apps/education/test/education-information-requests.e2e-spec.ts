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
import { SHARED_POPULATION_SEED, sharedPopulation } from '@frontdoor/synthetic-population';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EDUCATION_DATABASE } from '../src/database/education-database';
import { createEducationApp } from '../src/education.app';
import { pupilAnswer } from '../src/records/education-findings';
import { EducationDataset, SyntheticPupil, educationDataset } from '../src/synthetic/education-population';
import { seedEducationRecords } from '../src/synthetic/seed-education-records';

const SEED = SHARED_POPULATION_SEED;
const COUNT = 1500;

describe('education answers the front door from the school rolls', () => {
  let app: INestApplication;
  let probe: KafkaProbe;
  let dataset: EducationDataset;
  let officer: string;

  beforeAll(async () => {
    useServiceTestEnvironment('education');
    const dataSource = new DataSource(serviceDataSourceOptions(EDUCATION_DATABASE));
    await dataSource.initialize();
    try {
      await seedEducationRecords(dataSource, { seed: SEED, count: COUNT });
      // Run twice: the second load of the same seed changes nothing.
      const again = await seedEducationRecords(dataSource, { seed: SEED, count: COUNT });
      expect(again.skipped).toBe(true);
    } finally {
      await dataSource.destroy();
    }
    dataset = educationDataset({ seed: SEED, count: COUNT });

    const { app: education, events } = await createEducationApp();
    app = education;
    await app.startAllMicroservices();
    await app.init();
    await events.joined;
    probe = await new KafkaProbe().start([...ALL_TOPICS]);
    officer = await tokenFor(Role.EducationOfficer);
  });

  afterAll(async () => {
    await app?.close();
    await probe?.stop();
  });

  const http = () => request(app.getHttpServer());
  const population = () => sharedPopulation(SEED, COUNT);

  function seeded(what: string, test: (pupil: SyntheticPupil) => boolean): SyntheticPupil {
    const found = dataset.pupils.find((pupil) => pupil.populationIndex !== null && !pupil.protectedRoll && test(pupil));
    if (!found) throw new Error(`no seeded pupil ${what} in the first ${COUNT}`);
    return found;
  }

  function asSubject(pupil: SyntheticPupil, ref: string, withUpn: boolean): RequestSubjectV1 {
    // As the front door knows the child: the shared population's name, not the school's spelling.
    const person = pupil.populationIndex === null ? pupil : population()[pupil.populationIndex];
    return {
      subjectRef: ref,
      role: 'child',
      firstName: person.firstName,
      lastName: person.lastName,
      dateOfBirth: person.dateOfBirth,
      postcode: person.postcode,
      ...(withUpn ? { upn: pupil.upn } : {}),
    };
  }

  const informationRequest = (subjects: RequestSubjectV1[], datasets?: readonly AgencyDataset[]) =>
    informationRequestTo(InformationAgency.Education, subjects, datasets);
  const send = (request: InformationRequestedV1) => sendInformationRequest(probe, request);

  /** What the app's own rules say about this pupil today (the unit tests pin the wording). */
  function expectedFindings(pupil: SyntheticPupil, ref: string, datasets: AgencyDataset[]) {
    const file = {
      pupil,
      school: dataset.schools.find((school) => school.urn === pupil.schoolUrn)!,
      attendance: dataset.attendance.filter((r) => r.pupilId === pupil.id),
      exclusions: dataset.exclusions.filter((r) => r.pupilId === pupil.id),
      concerns: dataset.concerns.filter((r) => r.pupilId === pupil.id),
    };
    const { district: _district, ...school } = file.school;
    return pupilAnswer(ref, { ...file, school }, datasets, new Date()).findings;
  }

  it('answers a seeded child found by UPN with only the datasets asked for', async () => {
    const pupil = seeded(
      'with a suspension',
      (p) => !p.nameVariant && dataset.exclusions.some((e) => e.pupilId === p.id),
    );
    const req = informationRequest([asSubject(pupil, 'child-1', true)], ['attendance', 'exclusions']);
    await send(req);

    const answer = await answerTo(probe, req);
    expect(answer.payload).toMatchObject({
      caseId: req.caseId,
      agency: 'education',
      answeredBy: { subject: 'automatic' },
    });
    const [subject] = answer.payload.subjects;
    expect(subject).toMatchObject({ subjectRef: 'child-1', known: true, matchedOn: 'upn' });
    expect(new Set(subject.findings.map((f) => f.dataset))).toEqual(new Set(['attendance', 'exclusions']));
    expect(subject.findings).toEqual(expectedFindings(pupil, 'child-1', ['attendance', 'exclusions']));
    expect(answer.payload.withheld).toEqual([]);
    const raw = probe.messages.find(
      (m) => m.topic === Topics.InformationAnswered.name && m.value.includes(req.requestId),
    )!;
    expect(raw.key).toBe(req.caseId);
    expect(raw.value).not.toContain(pupil.addressLine1);
  });

  it('matches on name, date of birth and postcode when there is no UPN, and answers every dataset', async () => {
    const pupil = seeded('without a name variant', (p) => !p.nameVariant && p.senStatus !== 'none');
    const all: AgencyDataset[] = [
      'school',
      'attendance',
      'exclusions',
      'safeguarding-concerns',
      'special-educational-needs',
    ];
    const req = informationRequest([asSubject(pupil, 'child-1', false)], all);
    await send(req);

    const [subject] = (await answerTo(probe, req)).payload.subjects;
    expect(subject).toMatchObject({ known: true, matchedOn: 'name-dob-postcode' });
    expect(subject.findings).toEqual(expectedFindings(pupil, 'child-1', all));
    const school = dataset.schools.find((s) => s.urn === pupil.schoolUrn)!;
    expect(subject.findings.find((f) => f.dataset === 'school')!.summary).toContain(`(URN ${school.urn})`);
  });

  it('says "not known" for an unknown child, an adult, and a school record under a different spelling', async () => {
    const variant = seeded('held under a nickname or typo', (p) => Boolean(p.nameVariant));
    const req = informationRequest(
      [
        {
          subjectRef: 'child-unknown',
          role: 'child',
          firstName: 'Nobody',
          lastName: `Unknown${randomUUID().slice(0, 6)}`,
          dateOfBirth: '2015-02-03',
        },
        asSubject(variant, 'child-variant', false),
        {
          subjectRef: 'adult-1',
          role: 'adult',
          firstName: 'Kerry',
          lastName: 'Sampleton',
          dateOfBirth: '1990-01-01',
          postcode: 'M33 9ZZ',
        },
      ],
      ['school', 'attendance'],
    );
    await send(req);

    const answer = await answerTo(probe, req);
    expect(answer.payload.subjects).toEqual([
      { subjectRef: 'child-unknown', known: false, findings: [] },
      { subjectRef: 'child-variant', known: false, findings: [] },
      { subjectRef: 'adult-1', known: false, findings: [] },
    ]);
  });

  describe('a pupil on the protected roll (child in refuge)', () => {
    const LILY: RequestSubjectV1 = {
      subjectRef: 'child-1',
      role: 'child',
      firstName: 'Lily',
      lastName: 'Harbourne',
      dateOfBirth: '2016-04-19',
      postcode: 'M33 7ZZ',
    };
    const RESTRICTED = ['1 Haven Place', 'M32 0YZ', 'M320YZ'];
    const SCHOOL_IDENTITY = [
      'Oakfield Lane',
      '141001',
      'Olive Oakfield',
      '0161 496 0101',
      'oakfield-lane',
      '12 Old Mill Road',
    ];

    it('holds the request for review, the officer answers it, and the safe address and school never leave', async () => {
      const req = informationRequest([LILY], ['school', 'attendance', 'safeguarding-concerns']);
      await send(req);

      // Held: listed as awaiting review, nothing published.
      const listed = await eventually(async () => {
        const { body } = await http()
          .get('/information-requests?status=awaiting-review')
          .set(bearer(officer))
          .expect(200);
        return (body as { id: string; status: string }[]).find((r) => r.id === req.requestId);
      });
      expect(listed).toMatchObject({
        status: 'awaiting-review',
        datasets: ['school', 'attendance', 'safeguarding-concerns'],
      });
      const { body: detail } = await http()
        .get(`/information-requests/${req.requestId}`)
        .set(bearer(officer))
        .expect(200);
      expect(detail.proposed.subjects[0]).toMatchObject({
        subjectRef: 'child-1',
        known: true,
        matchedOn: 'name-dob-postcode',
      });
      expect(detail.proposed.withheld[0]).toMatchObject({ what: 'school and address of child-1' });
      expect(JSON.stringify(detail.proposed.subjects)).not.toMatch(/Haven|Oakfield/);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(probe.envelopes(Topics.InformationAnswered).some((e) => e.payload.requestId === req.requestId)).toBe(
        false,
      );

      // The officer shares the proposed facts, and (by mistake) the new school and the refuge address.
      const { body: answered } = await http()
        .post(`/information-requests/${req.requestId}/answer`)
        .set(bearer(officer))
        .send({
          subjects: [
            {
              ...detail.proposed.subjects[0],
              findings: [
                ...detail.proposed.subjects[0].findings,
                { dataset: 'school', summary: 'Now at Oakfield Lane Primary, living at 1 Haven Place' },
                { dataset: 'attendance', summary: 'Lives at m32 0yz with her mother' },
              ],
            },
          ],
          withheld: detail.proposed.withheld,
        })
        .expect(200);
      expect(answered.requestId).toBe(req.requestId);

      const answer = await answerTo(probe, req);
      expect(answer.payload.answeredBy.subject).toBe('demo-education-officer');
      expect(answer.payload.subjects[0].findings).toEqual(detail.proposed.subjects[0].findings);
      expect(answer.payload.withheld).toEqual([
        ...detail.proposed.withheld,
        { what: '2 finding(s)', reason: 'contained restricted information that this agency does not share' },
      ]);

      // Nothing anyone produced carries the safe address; nothing about this case names the school.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');
      const everything = probe.messages.map((m) => squash(m.value));
      for (const value of RESTRICTED) expect(everything.filter((text) => text.includes(squash(value)))).toEqual([]);
      const aboutThisCase = probe.messages.filter((m) => m.value.includes(req.caseId)).map((m) => squash(m.value));
      expect(aboutThisCase.length).toBeGreaterThanOrEqual(2); // the request and the answer
      for (const value of SCHOOL_IDENTITY)
        expect(aboutThisCase.filter((text) => text.includes(squash(value)))).toEqual([]);

      // Answered once: a second answer is refused.
      await http()
        .post(`/information-requests/${req.requestId}/answer`)
        .set(bearer(officer))
        .send({ subjects: [], withheld: [] })
        .expect(409);
    });
  });

  describe('access', () => {
    it('lets only the education officer see requests: another agency and a school DSL get 403', async () => {
      await http().get('/information-requests').expect(401);
      await http()
        .get('/information-requests')
        .set(bearer(await tokenFor(Role.PoliceOfficer)))
        .expect(403);
      await http()
        .get('/information-requests')
        .set(bearer(await tokenFor(Role.HealthPractitioner)))
        .expect(403);
      await http()
        .get('/information-requests')
        .set(bearer(await tokenFor(Role.SchoolDsl)))
        .expect(403);
      await http().get('/information-requests').set(bearer(officer)).expect(200);
    });

    it('serves a school by URN to the education officer: DSL contact and school day start', async () => {
      const { body } = await http().get('/schools/141001').set(bearer(officer)).expect(200);
      expect(body).toEqual({
        urn: '141001',
        organisation: 'school-141001',
        name: 'Oakfield Lane Primary',
        phase: 'primary',
        schoolDayStartsAt: '08:45',
        designatedSafeguardingLead: {
          name: 'Olive Oakfield',
          phone: '0161 496 0101',
          email: 'dsl@oakfield-lane.example.org',
        },
        pupilsOnRoll: expect.any(Number),
      });
      expect(body.pupilsOnRoll).toBeGreaterThan(0);
      await http().get('/schools/999999').set(bearer(officer)).expect(404);
      const { body: problem } = await http().get('/schools/14100A').set(bearer(officer)).expect(400);
      expect(problem).toMatchObject({ status: 400 });
      await http()
        .get('/schools/141001')
        .set(bearer(await tokenFor(Role.PoliceOfficer)))
        .expect(403);
      await http()
        .get('/schools/141001')
        .set(bearer(await tokenFor(Role.SchoolDsl)))
        .expect(403);
    });

    it('reports its health without a token', async () => {
      const { body } = await http().get('/health').expect(200);
      expect(body.status).toBe('ok');
    });
  });
});
