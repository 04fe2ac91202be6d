import { Role } from '@frontdoor/auth';
import { bearer, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createScreeningApp } from '../apps/screening/src/screening.app';
import { uniqueContact } from './support/contacts';
import { openScreeningCase } from './support/partnership-records';

/**
 * Allocation and workload on screening's test database: a manager gives cases to screeners who
 * have signed in and moves them, each change audited; the worklist, the case and the workload say
 * who has what and how many are near or past their deadline. Each run uses screeners of its own,
 * so other tests' cases in the shared database do not change what is asserted here.
 */
describe('allocation and workload (screening)', () => {
  let screening: INestApplication;
  let dataSource: DataSource;
  const run = randomUUID().slice(0, 8);
  const sasha = { subject: `alloc-sasha-${run}`, name: `Sasha ${run}` };
  const sam = { subject: `alloc-sam-${run}`, name: `Sam ${run}` };
  let manager: string;
  let secondManager: string;
  let sashaToken: string;
  let samToken: string;

  beforeAll(async () => {
    useServiceTestEnvironment('screening');
    ({ app: screening } = await createScreeningApp());
    await screening.init();
    dataSource = screening.get(DataSource);
    manager = await tokenFor(Role.Manager, { subject: `alloc-manager-${run}`, name: `Morgan ${run}` });
    secondManager = await tokenFor(Role.Manager, { subject: `alloc-manager-2-${run}`, name: `Max ${run}` });
    sashaToken = await tokenFor(Role.Screener, sasha);
    samToken = await tokenFor(Role.Screener, sam);
  }, 60_000);

  afterAll(async () => {
    await screening?.close();
  });

  const http = () => request(screening.getHttpServer());
  const allocate = (caseId: string, body: object, token = manager) =>
    http().put(`/cases/${caseId}/allocation`).set(bearer(token)).send(body);
  const openCase = (receivedAt?: Date) => openScreeningCase(screening, uniqueContact().body, { receivedAt });
  const auditOf = async (caseId: string) =>
    (await dataSource.query(
      `SELECT action, actor_subject AS actor, reason FROM audit_records
        WHERE subject_type = 'case' AND subject_id = $1 AND action LIKE 'case.%' AND action <> 'case.read'
        ORDER BY id`,
      [caseId],
    )) as { action: string; actor: string; reason: string }[];
  const signIn = async (token: string) => http().get('/worklist?limit=1').set(bearer(token)).expect(200);
  const workloadLine = async (subject: string | null) => {
    const { body } = await http().get('/workload').set(bearer(manager)).expect(200);
    return (body.lines as { screener: { subject: string } | null }[]).find(
      (line) => (line.screener?.subject ?? null) === subject,
    );
  };

  it('refuses a person who has not signed in as a screener, then allocates once they have', async () => {
    const { caseId, reference } = await openCase();
    const early = await allocate(caseId, { screener: sasha.subject }).expect(400);
    expect(early.body.errors).toEqual([
      { field: 'screener', messages: [`${sasha.subject} has not signed in as a screener`] },
    ]);

    await signIn(sashaToken);
    const { body } = await allocate(caseId, { screener: sasha.subject }).expect(200);
    expect(body).toMatchObject({
      caseId,
      screener: sasha,
      allocatedBy: { subject: `alloc-manager-${run}`, name: `Morgan ${run}` },
      previousScreener: null,
    });
    expect(await auditOf(caseId)).toEqual([
      { action: 'case.allocated', actor: `alloc-manager-${run}`, reason: `to ${sasha.subject}` },
    ]);

    const read = await http().get(`/cases/${caseId}`).set(bearer(sashaToken)).expect(200);
    expect(read.body.allocation).toMatchObject({ screener: sasha, allocatedBy: { name: `Morgan ${run}` } });
    const mine = await http().get('/worklist').query({ allocatedTo: sasha.subject }).set(bearer(sashaToken));
    expect(mine.body.map((item: { reference: string }) => item.reference)).toEqual([reference]);
    expect(mine.body[0].allocatedTo).toEqual(sasha);
    const unallocated = await http().get('/worklist').query({ allocatedTo: 'none', limit: 1000 }).set(bearer(manager));
    expect(unallocated.body.map((item: { caseId: string }) => item.caseId)).not.toContain(caseId);
  });

  it('moves a case to another screener with a reason, audited from whom to whom', async () => {
    await signIn(sashaToken);
    await signIn(samToken);
    const { caseId } = await openCase();
    await allocate(caseId, { screener: sasha.subject }).expect(200);
    const moved = await allocate(caseId, { screener: sam.subject, reason: 'Sasha is on leave' }, secondManager).expect(
      200,
    );
    expect(moved.body).toMatchObject({ screener: sam, previousScreener: sasha });
    expect((await auditOf(caseId)).at(-1)).toEqual({
      action: 'case.moved',
      actor: `alloc-manager-2-${run}`,
      reason: `from ${sasha.subject} to ${sam.subject}: Sasha is on leave`,
    });
    const { body } = await http().get('/worklist').query({ allocatedTo: sam.subject }).set(bearer(samToken));
    expect(body.map((item: { caseId: string }) => item.caseId)).toContain(caseId);
  });

  it('answers 400 for someone who is not a screener, 404 for no case, 409 for the same screener or a closed case; nothing changes', async () => {
    await signIn(sashaToken);
    const { caseId } = await openCase();
    // A manager is in the register too (they signed in), but is not a screener.
    const notScreener = await allocate(caseId, { screener: `alloc-manager-2-${run}` }).expect(400);
    expect(notScreener.body.errors[0].messages).toEqual([`Max ${run} is not a screener`]);
    await allocate(caseId, { screener: '' }).expect(400);
    await allocate(caseId, { screener: sasha.subject, unexpected: true }).expect(400);
    await allocate(randomUUID(), { screener: sasha.subject }).expect(404);
    await allocate(caseId, { screener: sasha.subject }, sashaToken).expect(403);
    expect(await auditOf(caseId)).toEqual([]);

    await allocate(caseId, { screener: sasha.subject }).expect(200);
    const again = await allocate(caseId, { screener: sasha.subject }).expect(409);
    expect(again.body.detail).toContain(`already with ${sasha.name}`);

    await http()
      .post(`/cases/${caseId}/decision`)
      .set(bearer(sashaToken))
      .send({
        outcome: 'nfa',
        levelOfNeed: 1,
        rationale: 'Universal services meet the need.',
        childsVoiceConsidered: false,
        referrerFeedback: 'No further action.',
      })
      .expect(201);
    await http().post(`/cases/${caseId}/decision/approve`).set(bearer(manager)).send({}).expect(200);
    const closed = await allocate(caseId, { screener: sam.subject }).expect(409);
    expect(closed.body.title).toBe('Case is closed');
    expect((await auditOf(caseId)).filter((entry) => entry.action.startsWith('case.allocated'))).toHaveLength(1);
  });

  it('two managers giving the same case to the same screener at once: one allocation, one 409', async () => {
    await signIn(samToken);
    const { caseId } = await openCase();
    const statuses = await Promise.all([
      allocate(caseId, { screener: sam.subject }),
      allocate(caseId, { screener: sam.subject }, secondManager),
    ]);
    expect(statuses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect(await auditOf(caseId)).toHaveLength(1);
  });

  it("counts each screener's undecided cases, near and past their deadline, and lists the unallocated", async () => {
    const reviewer = { subject: `alloc-reviewer-${run}`, name: `Rene ${run}` };
    await signIn(await tokenFor(Role.Screener, reviewer));
    expect(await workloadLine(reviewer.subject)).toEqual({
      screener: reviewer,
      cases: 0,
      nearDeadline: 0,
      pastDeadline: 0,
    });

    const inTime = await openCase();
    const past = await openCase(new Date(Date.now() - 30 * 24 * 3600_000));
    const near = await openCase();
    // The rule reads the deadline; setting it half an hour ahead makes the case near whatever the
    // time of day the test runs (half an hour or less of office time left, under a red case's hour).
    await dataSource.query(
      `UPDATE screening_cases SET rag = 'red', decision_deadline = now() + interval '30 minutes' WHERE id = $1`,
      [near.caseId],
    );
    await dataSource.query(`UPDATE screening_cases SET decision_deadline = now() + interval '30 days' WHERE id = $1`, [
      inTime.caseId,
    ]);
    for (const { caseId } of [inTime, past, near]) await allocate(caseId, { screener: reviewer.subject }).expect(200);

    expect(await workloadLine(reviewer.subject)).toEqual({
      screener: reviewer,
      cases: 3,
      nearDeadline: 1,
      pastDeadline: 1,
    });
    const nobody = await workloadLine(null);
    expect(nobody).toMatchObject({ screener: null });
    const { body } = await http().get('/worklist').query({ allocatedTo: reviewer.subject }).set(bearer(manager));
    const flags = Object.fromEntries(
      body.map((item: { caseId: string; nearDeadline: boolean; overdue: boolean }) => [
        item.caseId,
        [item.nearDeadline, item.overdue],
      ]),
    );
    expect(flags).toEqual({
      [inTime.caseId]: [false, false],
      [past.caseId]: [false, true],
      [near.caseId]: [true, false],
    });
    const audited = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'workload.read' AND actor_subject = $1`,
      [`alloc-manager-${run}`],
    );
    expect(audited[0].n).toBeGreaterThan(0);
  });
});
