import { Role } from '@frontdoor/auth';
import { InformationAgency, Topics } from '@frontdoor/contracts';
import {
  CreateServiceApp,
  KafkaProbe,
  bearer,
  eventually,
  informationRequestTo,
  sendInformationRequest,
  startServiceApp,
  tokenFor,
} from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EXAMPLE_DISCUSSION_REQUEST } from '../../apps/strategy/src/discussions/discussion.example';
import { API_SERVICES } from '../security/service-apps';
import { uniqueContact } from '../support/contacts';

const SERVICES: Record<string, CreateServiceApp> = API_SERVICES;

/**
 * The audit trail on the real services and their own databases: reading a child's record leaves
 * exactly one record of who read what, and no service can change or remove what it has written.
 */
describe('the audit trail', () => {
  const apps: Record<string, INestApplication> = {};
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await new KafkaProbe().start([Topics.InformationAnswered]);
    for (const [service, create] of Object.entries(SERVICES)) apps[service] = await startServiceApp(service, create);
  }, 120_000);

  afterAll(async () => {
    for (const app of Object.values(apps).reverse()) await app.close();
    await probe?.stop();
  });

  const db = (service: string) => apps[service].get(DataSource);

  async function auditRowsFor(service: string, subjectIds: string[]): Promise<Map<string, number>> {
    const rows: { subject_id: string; count: number }[] = await db(service).query(
      `SELECT subject_id, count(*)::int AS count FROM audit_records WHERE subject_id = ANY($1) GROUP BY subject_id`,
      [subjectIds],
    );
    return new Map(subjectIds.map((id) => [id, rows.find((row) => row.subject_id === id)?.count ?? 0]));
  }

  /** Reads once and returns how many audit records each subject gained. */
  async function auditedRead(service: string, role: Role, path: string, subjectIds: string[]): Promise<number[]> {
    const before = await auditRowsFor(service, subjectIds);
    await request(apps[service].getHttpServer())
      .get(path)
      .set(bearer(await tokenFor(role)))
      .expect(200);
    const after = await auditRowsFor(service, subjectIds);
    return subjectIds.map((id) => after.get(id)! - before.get(id)!);
  }

  it('writes exactly one audit record for each read of a child’s record, on every service that holds one', async () => {
    const school = await tokenFor(Role.SchoolDsl);
    const { body: contact } = await request(apps.intake.getHttpServer())
      .post('/contacts')
      .set(bearer(school))
      .send(uniqueContact().body)
      .expect(201);
    const caseId = await eventually(async () => {
      const rows = await db('screening').query(`SELECT id FROM screening_cases WHERE contact_id = $1`, [
        contact.contactId,
      ]);
      return rows[0]?.id as string | undefined;
    });

    const requests = Object.fromEntries(
      [InformationAgency.Police, InformationAgency.Health, InformationAgency.Education].map((agency) => [
        agency,
        informationRequestTo(agency, [
          { subjectRef: 'child-1', role: 'child', firstName: 'Nobody', lastName: `Audit${randomUUID().slice(0, 8)}` },
        ]),
      ]),
    );
    for (const sent of Object.values(requests)) await sendInformationRequest(probe, sent);
    for (const sent of Object.values(requests)) {
      await probe.waitForEnvelope(Topics.InformationAnswered, (e) => e.payload.requestId === sent.requestId);
    }

    const { body: referral } = await request(apps.marac.getHttpServer())
      .post('/referrals')
      .set(bearer(await tokenFor(Role.DaAdvisor)))
      .send({
        victim: { firstName: 'Audit', lastName: 'Victim', dateOfBirth: '1991-01-01' },
        perpetrator: { firstName: 'Audit', lastName: 'Perpetrator', dateOfBirth: '1990-01-01' },
        childrenInHousehold: [],
        referringAgency: 'police',
        dashYesCount: 16,
      })
      .expect(201);
    const { body: discussion } = await request(apps.strategy.getHttpServer())
      .post('/strategy-discussions')
      .set(bearer(await tokenFor(Role.Manager)))
      .send({ ...EXAMPLE_DISCUSSION_REQUEST, caseReference: `FD-AUDIT-${randomUUID().slice(0, 8)}` })
      .expect(201);

    expect(await auditedRead('intake', Role.Screener, `/contacts/${contact.contactId}`, [contact.contactId])).toEqual([
      1,
    ]);
    expect(await auditedRead('screening', Role.Screener, `/cases/${caseId}`, [caseId])).toEqual([1]);
    for (const [agency, role] of [
      ['police', Role.PoliceOfficer],
      ['health', Role.HealthPractitioner],
      ['education', Role.EducationOfficer],
    ] as const) {
      const { requestId } = requests[agency];
      expect(await auditedRead(agency, role, `/information-requests/${requestId}`, [requestId])).toEqual([1]);
    }
    expect(await auditedRead('marac', Role.MaracCoordinator, `/referrals/${referral.id}`, [referral.id])).toEqual([1]);
    const listed: { id: string }[] = await db('marac').query(`SELECT id FROM marac_referrals WHERE meeting_id = $1`, [
      referral.meetingId,
    ]);
    const perCase = await auditedRead(
      'marac',
      Role.MaracCoordinator,
      `/meetings/${referral.meetingId}/agenda`,
      listed.map((row) => row.id),
    );
    expect(perCase.length).toBeGreaterThan(0);
    expect(perCase.every((count) => count === 1)).toBe(true);
    expect(
      await auditedRead('strategy', Role.Screener, `/strategy-discussions/${discussion.id}`, [discussion.id]),
    ).toEqual([1]);
  });

  it.each(Object.keys(SERVICES))(
    '%s: its own database role can add to audit_records but not update, delete or truncate them',
    async (service) => {
      const dataSource = db(service);
      const [{ role }] = await dataSource.query(`SELECT current_user AS role`);
      expect(role).toBe(service);
      const [{ id }] = await dataSource.query(
        `INSERT INTO audit_records (actor_subject, actor_roles, actor_organisation, action, subject_type, subject_id, reason)
         VALUES ('audit-test', '{auditor}', 'test', 'audit.append-only-checked', 'test', $1, 'append-only test')
         RETURNING id`,
        [randomUUID()],
      );
      await expect(
        dataSource.query(`UPDATE audit_records SET reason = 'rewritten' WHERE id = $1`, [id]),
      ).rejects.toThrow(/append-only/);
      await expect(dataSource.query(`DELETE FROM audit_records WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(dataSource.query(`TRUNCATE audit_records`)).rejects.toThrow(/append-only/);
      const [{ reason }] = await dataSource.query(`SELECT reason FROM audit_records WHERE id = $1`, [id]);
      expect(reason).toBe('append-only test');
    },
  );
});
