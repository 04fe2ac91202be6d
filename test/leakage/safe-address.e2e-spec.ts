import { Role } from '@frontdoor/auth';
import { ALL_TOPICS } from '@frontdoor/contracts';
import { generateNhsNumber, normaliseName } from '@frontdoor/identifiers';
import {
  CreateServiceApp,
  KafkaProbe,
  LogCapture,
  bearer,
  eventually,
  startServiceApp,
  tokenFor,
} from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createEducationApp } from '../../apps/education/src/education.app';
import { createHealthApp } from '../../apps/health/src/health.app';
import { HealthInvolvement } from '../../apps/health/src/involvement/health-involvement.entity';
import { Patient } from '../../apps/health/src/patients/patient.entity';
import { SafeAddress } from '../../apps/health/src/patients/safe-address.entity';
import { createIntakeApp } from '../../apps/intake/src/intake.app';
import { createMaracApp } from '../../apps/marac/src/marac.app';
import { createPoliceApp } from '../../apps/police/src/police.app';
import { createScreeningApp } from '../../apps/screening/src/screening.app';
import { EXAMPLE_DISCUSSION_REQUEST } from '../../apps/strategy/src/discussions/discussion.example';
import { createStrategyApp } from '../../apps/strategy/src/strategy.app';

/**
 * The leak scan: a victim's safe address (held by police, health and MARAC) and health's
 * restricted clinic records are seeded, a whole case runs across the services in this process
 * (police incident, contact, screening case, information requests and practitioners' answers,
 * MARAC listing and research, a strategy discussion with its invitations), and every Kafka message, every log line and every HTTP response
 * the test received is searched for them. Only the owner's own screens may show them: police's and
 * health's answers to their own practitioners, and a MARAC referral to the IDVA and police.
 */

const letters = (length: number) =>
  [...randomBytes(length)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
const word = () => `${letters(1).toUpperCase()}${letters(9)}`;
const postcode = () => `OL${randomInt(1, 16)} ${randomInt(0, 10)}${'ABDEFGHJLNPQRSTUWXYZ'[randomInt(0, 20)]}Z`;
/** As the information-sharing lib compares restricted values: case, spaces and punctuation ignored. */
const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');

const SURNAME = `Leak${letters(10)}`;
const VICTIM = { firstName: 'Morgan', lastName: SURNAME, dateOfBirth: '1990-08-17', nhsNumber: generateNhsNumber() };
const CHILD = { firstName: 'Rowan', lastName: SURNAME, dateOfBirth: '2016-02-11', nhsNumber: generateNhsNumber() };

const POLICE_SAFE = { street: `${word()} Close`, postcode: postcode() };
const HEALTH_SAFE = { street: `${word()} Gardens`, postcode: postcode() };
const MARAC_SAFE = { street: `${word()} Mews`, postcode: postcode() };
const RESTRICTED_CLINIC = `${word()} Sexual Health Clinic`;
const RESTRICTED_CLINICIAN = `Dr ${word()}`;
const RESTRICTED_CAMHS = `${word()} Young Minds Service`;

/** What must stay with its owner, by owner, in every form a message could carry it. */
const SECRETS = {
  police: [POLICE_SAFE.street, POLICE_SAFE.postcode],
  health: [HEALTH_SAFE.street, HEALTH_SAFE.postcode, RESTRICTED_CLINIC, RESTRICTED_CLINICIAN, RESTRICTED_CAMHS],
  marac: [MARAC_SAFE.street, MARAC_SAFE.postcode],
} as const;
type Owner = keyof typeof SECRETS;
const ALL_SECRETS = Object.values(SECRETS).flat();

interface Seen {
  where: string;
  text: string;
  /** Whose secrets this text may carry: a service's answer to the roles it shows them to. */
  owner?: Owner;
}

function leaksIn(seen: Seen[]): string[] {
  return seen.flatMap(({ where, text, owner }) => {
    const haystack = squash(text);
    return ALL_SECRETS.filter((secret) => !(owner && (SECRETS[owner] as readonly string[]).includes(secret)))
      .filter((secret) => haystack.includes(squash(secret)))
      .map((secret) => `${secret} in ${where}`);
  });
}

describe('safe addresses and restricted records never leave their owner', () => {
  const logs = new LogCapture();
  const seen: Seen[] = [];
  const apps: Record<string, INestApplication> = {};
  let probe: KafkaProbe;
  const tokens = new Map<Role, string>();

  async function start(service: string, create: CreateServiceApp) {
    apps[service] = await startServiceApp(service, create);
  }

  /** Calls a service as a role and keeps what came back. */
  async function call(
    service: string,
    role: Role,
    method: 'get' | 'post',
    path: string,
    body?: object,
    owner?: Owner,
  ): Promise<request.Response> {
    const pending = request(apps[service].getHttpServer())
      [method](path)
      .set(bearer(tokens.get(role)!));
    const response = await (body ? pending.send(body) : pending);
    seen.push({
      where: `${service} ${method.toUpperCase()} ${path} as ${role} (${response.status})`,
      text: response.text,
      owner,
    });
    return response;
  }

  async function seedHealthRecords(): Promise<void> {
    const db = apps.health.get(DataSource);
    const victimId = randomUUID();
    const childId = randomUUID();
    const patient = (id: string, person: typeof VICTIM) => ({
      id,
      nhsNumber: person.nhsNumber,
      firstName: person.firstName,
      lastName: person.lastName,
      firstNameKey: normaliseName(person.firstName),
      lastNameKey: normaliseName(person.lastName),
      dateOfBirth: person.dateOfBirth,
      addressLine1: '1 Ordinary Street',
      town: 'Sale',
      postcode: 'M33 7ZZ',
      registeredPracticeOdsCode: null,
    });
    await db.getRepository(Patient).insert([patient(victimId, VICTIM), patient(childId, CHILD)]);
    await db.getRepository(SafeAddress).insert({
      patientId: victimId,
      line1: `9 ${HEALTH_SAFE.street}`,
      town: 'Altrincham',
      postcode: HEALTH_SAFE.postcode,
      recordedOn: '2026-10-01',
      reason: 'Fled domestic abuse',
    });
    const involvement = (patientId: string, fields: Partial<HealthInvolvement>) => ({
      id: randomUUID(),
      patientId,
      status: 'open' as const,
      leadPractitionerRole: 'clinician',
      startedOn: '2026-06-01',
      endedOn: null,
      restricted: true,
      ...fields,
    });
    await db.getRepository(HealthInvolvement).insert([
      involvement(victimId, {
        service: 'sexual-health',
        provider: RESTRICTED_CLINIC,
        leadPractitioner: RESTRICTED_CLINICIAN,
      }),
      involvement(childId, { service: 'camhs', provider: RESTRICTED_CAMHS, leadPractitioner: 'Dr Ordinary' }),
    ]);
  }

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'debug';
    logs.start();
    probe = await new KafkaProbe().start([...ALL_TOPICS]);
    await start('police', createPoliceApp);
    await start('health', createHealthApp);
    await start('education', createEducationApp);
    await start('intake', createIntakeApp);
    await start('screening', createScreeningApp);
    await start('marac', createMaracApp);
    await start('strategy', createStrategyApp);
    for (const role of Object.values(Role)) tokens.set(role, await tokenFor(role));
    await seedHealthRecords();
  }, 120_000);

  afterAll(async () => {
    for (const app of Object.values(apps).reverse()) await app.close();
    await probe?.stop();
    logs.stop();
    delete process.env.LOG_LEVEL;
  });

  /** Practitioners answer what their records held back for review, trying to write the secrets in. */
  async function answerHeldRequests(agency: 'police' | 'health', role: Role, caseIds: string[]): Promise<number> {
    const held: { id: string }[] = await apps[agency]
      .get(DataSource)
      .query(`SELECT id FROM information_requests WHERE case_id = ANY($1::uuid[]) AND status = 'awaiting-review'`, [
        caseIds,
      ]);
    for (const { id } of held) {
      const { body: detail } = await call(agency, role, 'get', `/information-requests/${id}`, undefined, agency);
      const careless = `Known to us; seen at ${SECRETS[agency].join(', ')}`;
      const subjects = (detail.request.subjects as { subjectRef: string }[]).map(({ subjectRef }) => ({
        subjectRef,
        known: true,
        findings: [{ dataset: detail.request.datasets[0], summary: careless, occurredAt: '2026-10-01' }],
      }));
      await call(agency, role, 'post', `/information-requests/${id}/answer`, { subjects, withheld: [] }, agency);
    }
    return held.length;
  }

  it('runs a case from a police incident through screening, agency answers, MARAC research and strategy', async () => {
    const incident = await call(
      'police',
      Role.PoliceOfficer,
      'post',
      '/incidents',
      {
        type: 'domestic-abuse',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        summary: `Officers attended the ${SURNAME} household after a 999 call.`,
        victim: VICTIM,
        perpetrator: { firstName: 'Jordan', lastName: SURNAME, dateOfBirth: '1987-10-02' },
        children: [{ ...CHILD, present: true, postcode: 'M33 7ZZ', wordsAndViews: 'Rowan said it was loud.' }],
        dash: {
          answers: Array.from({ length: 24 }, (_, i) => (i < 16 ? 'yes' : 'no')),
          professionalJudgementHighRisk: false,
        },
        victimSafeAddress: { addressLine: `14 ${POLICE_SAFE.street}, Stretford`, postcode: POLICE_SAFE.postcode },
      },
      'police',
    );
    expect(incident.status).toBe(201);

    const caseId = await eventually(
      async () => {
        const rows = await apps.screening
          .get(DataSource)
          .query(`SELECT case_id FROM case_children WHERE details->>'lastName' = $1`, [SURNAME]);
        return rows[0]?.case_id as string | undefined;
      },
      { what: 'the screening case the incident raised' },
    );
    await call('screening', Role.Screener, 'get', `/cases/${caseId}`);
    expect(
      (
        await call('screening', Role.Screener, 'post', `/cases/${caseId}/information-requests`, {
          question: 'What do you know about this family?',
        })
      ).status,
    ).toBe(201);

    const referralId = await eventually(
      async () => {
        const rows = await apps.marac
          .get(DataSource)
          .query(`SELECT id FROM marac_referrals WHERE incident_id = $1`, [incident.body.incidentId]);
        return rows[0]?.id as string | undefined;
      },
      { what: 'the MARAC referral' },
    );

    // Every request about this case or referral answered, automatically or by a practitioner.
    await eventually(
      async () => {
        await answerHeldRequests('police', Role.PoliceOfficer, [caseId, referralId]);
        await answerHeldRequests('health', Role.HealthPractitioner, [caseId, referralId]);
        const { body } = await request(apps.screening.getHttpServer())
          .get(`/cases/${caseId}`)
          .set(bearer(tokens.get(Role.Screener)!));
        const { body: referral } = await request(apps.marac.getHttpServer())
          .get(`/referrals/${referralId}`)
          .set(bearer(tokens.get(Role.MaracCoordinator)!));
        const answered = (items: { status: string }[] = []) => items.every((item) => item.status === 'answered');
        return body.informationRequests?.length === 3 &&
          answered(body.informationRequests) &&
          referral.research?.length === 4 &&
          answered(referral.research)
          ? true
          : undefined;
      },
      { timeoutMs: 60_000, what: 'every agency’s answer to the case and to MARAC research' },
    );

    // The case and the agenda as each partner reads them.
    for (const role of [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.DaAdvisor, Role.Auditor]) {
      await call('screening', role, 'get', `/cases/${caseId}`);
    }
    await call('screening', Role.Screener, 'get', '/worklist');
    // The emergency duty team's queue lists red cases out of hours (this one too, when the test runs at night).
    await call('screening', Role.EmergencyDutySocialWorker, 'get', '/emergency-duty/queue');
    const { body: referral } = await call('marac', Role.MaracCoordinator, 'get', `/referrals/${referralId}`);
    for (const role of [Role.HealthPractitioner, Role.EducationOfficer, Role.Screener, Role.DaAdvisor]) {
      await call('marac', role, 'get', `/referrals/${referralId}`);
      await call('marac', role, 'get', `/meetings/${referral.meetingId}/agenda`);
    }

    // A DA advisor refers by hand with the victim's safe address: only the IDVA and police see it.
    const manual = await call(
      'marac',
      Role.DaAdvisor,
      'post',
      '/referrals',
      {
        victim: { firstName: 'Avery', lastName: `${SURNAME}x`, dateOfBirth: '1994-01-09' },
        perpetrator: { firstName: 'Lee', lastName: `${SURNAME}x`, dateOfBirth: '1990-04-04' },
        childrenInHousehold: [],
        referringAgency: 'children-social-care',
        dashYesCount: 17,
        victimSafeAddress: `Refuge, 3 ${MARAC_SAFE.street}, ${MARAC_SAFE.postcode}`,
      },
      'marac',
    );
    expect(manual.status).toBe(201);
    for (const role of [Role.DaAdvisor, Role.PoliceOfficer]) {
      const own = await call('marac', role, 'get', `/referrals/${manual.body.id}`, undefined, 'marac');
      expect(squash(own.text)).toContain(squash(MARAC_SAFE.street)); // the owner does show it to them
    }
    for (const role of [Role.MaracCoordinator, Role.HealthPractitioner, Role.Screener]) {
      await call('marac', role, 'get', `/referrals/${manual.body.id}`);
    }
    await call('marac', Role.MaracCoordinator, 'get', '/referrals?limit=50');

    // The case goes to a strategy discussion: every partner is invited on its own topic.
    const discussion = await call('strategy', Role.Screener, 'post', '/strategy-discussions', {
      ...EXAMPLE_DISCUSSION_REQUEST,
      caseId,
      caseReference: `FD-LEAK-${SURNAME}`,
      children: [{ firstName: CHILD.firstName, lastName: CHILD.lastName, dateOfBirth: CHILD.dateOfBirth }],
    });
    expect(discussion.status).toBe(201);
    await eventually(
      async () => {
        const rows = await apps.police
          .get(DataSource)
          .query(`SELECT 1 FROM strategy_invitations WHERE discussion_id = $1`, [discussion.body.id]);
        return rows.length > 0 || undefined;
      },
      { what: "police's strategy invitation" },
    );
    await call('police', Role.PoliceOfficer, 'get', '/strategy-invitations', undefined, 'police');
    await call('health', Role.HealthPractitioner, 'get', '/strategy-invitations', undefined, 'health');
    for (const role of [Role.Screener, Role.PoliceOfficer, Role.Auditor]) {
      await call('strategy', role, 'get', `/strategy-discussions/${discussion.body.id}`);
    }

    for (const service of Object.keys(apps)) {
      const metrics = await request(apps[service].getHttpServer()).get('/metrics');
      seen.push({ where: `${service} GET /metrics`, text: metrics.text });
    }
  });

  it('finds none of them in any Kafka message, log line or HTTP response outside their owner', async () => {
    // The owner's own screens really did hold them: the scan is looking at data that carries them.
    expect(leaksIn(seen.filter((s) => s.owner).map(({ where, text }) => ({ where, text }))).length).toBeGreaterThan(0);

    const messages = probe.messages.map((m) => ({
      where: `Kafka ${m.topic} ${m.key ?? ''}`,
      text: `${m.value} ${JSON.stringify(m.headers)}`,
    }));
    expect(messages.length).toBeGreaterThan(10);
    expect(messages.some((m) => m.where.includes('information-answered'))).toBe(true);
    expect(logs.lines.length).toBeGreaterThan(20);
    const logLines = logs.lines.map((line, index) => ({ where: `log line ${index}`, text: line.raw }));

    expect(leaksIn([...messages, ...logLines, ...seen])).toEqual([]);
  });

  it('logs nothing personal at all: no name, NHS number or date of birth of anyone in the case', () => {
    const personal = [SURNAME, VICTIM.nhsNumber, CHILD.nhsNumber, VICTIM.dateOfBirth, CHILD.dateOfBirth].map(squash);
    const found = logs.lines.filter((line) => personal.some((value) => squash(line.raw).includes(value)));
    expect(found.map((line) => line.raw)).toEqual([]);
  });
});
