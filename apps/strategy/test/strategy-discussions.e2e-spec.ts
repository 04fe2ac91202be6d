import { Role } from '@frontdoor/auth';
import { ManualClock } from '@frontdoor/calendar';
import {
  ConcernCategory,
  FamilyAwareness,
  LevelOfNeed,
  Rag,
  STRATEGY_INVITATION_TOPICS,
  ScreeningDecidedV1,
  ScreeningOutcome,
  SourceType,
  StrategyDiscussionInvitedV1,
  Topics,
  createEnvelope,
} from '@frontdoor/contracts';
import { nestLogLevels } from '@frontdoor/http';
import { KafkaProbe, bearer, eventually, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AgencyName, startAgencyApps } from '../../../test/support/agency-apps';
import { configureStrategyApp } from '../src/strategy.app';
import { StrategyModule } from '../src/strategy.module';
import { STRATEGY_CLOCK } from '../src/strategy-policy';

/** The only fields an invitation may carry (data minimisation), child fields included. */
const ALLOWED_INVITATION_FIELDS = [
  'invitationId',
  'discussionId',
  'agency',
  'caseReference',
  'children',
  'reason',
  'concernCategories',
  'dueBy',
  'invitedAt',
];
const ALLOWED_CHILD_FIELDS = ['firstName', 'lastName', 'dateOfBirth'];

describe('strategy discussions: from a screening decision to an ICPC deadline, over real infrastructure', () => {
  // Wednesday 2 December 2026, 10:00 in London (GMT).
  const clock = new ManualClock('2026-12-02T10:00:00Z');
  let strategy: INestApplication;
  let agencies: Record<AgencyName, INestApplication>;
  let probe: KafkaProbe;
  let manager: string;
  let screener: string;
  const practitioners = {} as Record<AgencyName, string>;

  beforeAll(async () => {
    probe = await new KafkaProbe().start([
      ...Object.values(STRATEGY_INVITATION_TOPICS),
      Topics.StrategyAttendanceConfirmed,
      Topics.StrategyInvitationDeclined,
    ]);

    agencies = await startAgencyApps('-strategy');

    useServiceTestEnvironment('strategy');
    const moduleRef = await Test.createTestingModule({ imports: [StrategyModule] })
      .overrideProvider(STRATEGY_CLOCK)
      .useValue(clock)
      .compile();
    strategy = moduleRef.createNestApplication({ logger: nestLogLevels() });
    const { events } = configureStrategyApp(strategy);
    await strategy.startAllMicroservices();
    await strategy.init();
    await events.joined;

    manager = await tokenFor(Role.Manager);
    screener = await tokenFor(Role.Screener);
    practitioners.police = await tokenFor(Role.PoliceOfficer);
    practitioners.health = await tokenFor(Role.HealthPractitioner);
    practitioners.education = await tokenFor(Role.EducationOfficer);
  });

  afterAll(async () => {
    await strategy?.close();
    for (const app of Object.values(agencies ?? {})) await app?.close();
    await probe?.stop();
  });

  const http = () => request(strategy.getHttpServer());
  const suffix = randomUUID().slice(0, 8);

  function decision(overrides: Partial<ScreeningDecidedV1> = {}): ScreeningDecidedV1 {
    return {
      caseId: randomUUID(),
      contactId: randomUUID(),
      contactReference: `FD-STRAT-${suffix}`,
      outcome: ScreeningOutcome.StrategyDiscussion,
      levelOfNeed: LevelOfNeed.Specialist,
      rag: Rag.Red,
      rationale: `Disclosure at school of being hit with a belt; marks seen [secret-${suffix}]`,
      childsVoiceConsidered: true,
      familyAwareness: FamilyAwareness.NotToldBecauseOfRisk,
      referrerFeedback: 'A strategy discussion is being held today.',
      referrerOrganisation: 'school-141001',
      sourceType: SourceType.School,
      cinReferralSource: '2A',
      concernCategories: [ConcernCategory.PhysicalAbuse],
      reReferral: false,
      children: [
        {
          personId: randomUUID(),
          firstName: 'Sam',
          lastName: `Strategy-${suffix}`,
          dateOfBirth: '2016-04-12',
          nhsNumber: '9434765919',
          upn: 'A123456789012',
        },
      ],
      decidedBy: 'demo-screener-1',
      approvedBy: 'demo-manager',
      decidedAt: clock.now().toISOString(),
      ...overrides,
    };
  }

  async function publish(decided: ScreeningDecidedV1): Promise<string> {
    const envelope = createEnvelope(Topics.ScreeningDecided, decided, { producer: 'screening' });
    await probe.produceRaw(Topics.ScreeningDecided.name, decided.caseId, JSON.stringify(envelope));
    return envelope.eventId;
  }

  async function discussionsForCase(caseId: string): Promise<{ id: string; sequence: number }[]> {
    return strategy
      .get(DataSource)
      .query('SELECT id, sequence FROM strategy_discussions WHERE case_id = $1 ORDER BY sequence', [caseId]);
  }

  async function invitationAt(agency: AgencyName, discussionId: string): Promise<{ id: string; status: string }> {
    return eventually(
      async () => {
        const { body } = await request(agencies[agency].getHttpServer())
          .get('/strategy-invitations')
          .set(bearer(practitioners[agency]))
          .expect(200);
        return (body as { id: string; discussionId: string; status: string }[]).find(
          (i) => i.discussionId === discussionId,
        );
      },
      { what: `${agency}'s invitation to ${discussionId}`, timeoutMs: 30_000 },
    );
  }

  const w = (from: string, to: string) => ({ from: `2026-12-02T${from}:00.000Z`, to: `2026-12-02T${to}:00.000Z` });
  const AVAILABILITY: Record<AgencyName, { from: string; to: string }[]> = {
    police: [w('11:00', '12:00'), w('14:00', '16:00')],
    health: [w('11:30', '13:00'), w('14:30', '15:30')],
    education: [w('10:00', '17:00')],
  };

  const decided = decision();
  let discussionId: string;

  it('opens one discussion for a red strategy-discussion decision, due by the end of today, and invites three agencies', async () => {
    await publish(decided);
    const [first] = await eventually(async () => {
      const rows = await discussionsForCase(decided.caseId);
      return rows.length ? rows : undefined;
    });
    discussionId = first.id;

    // The same case decided again (a republish) gives no second discussion.
    const again = await publish({ ...decided, contactId: randomUUID() });
    await eventually(async () => {
      const rows = await strategy.get(DataSource).query('SELECT 1 FROM inbox_messages WHERE event_id = $1', [again]);
      return rows.length ? true : undefined;
    });
    expect(await discussionsForCase(decided.caseId)).toHaveLength(1);

    const { body } = await http().get(`/strategy-discussions/${discussionId}`).set(bearer(manager)).expect(200);
    expect(body).toMatchObject({
      caseReference: decided.contactReference,
      status: 'awaiting-confirmations',
      dueBy: '2026-12-02T17:00:00.000Z',
      allConfirmed: false,
      proposedSlot: null,
    });
    expect(body.participants.map((p: { participant: string; role: string }) => [p.participant, p.role])).toEqual([
      ['children-social-care', 'chair'],
      ['police', 'attendee'],
      ['health', 'attendee'],
      ['education', 'attendee'],
    ]);
  });

  it('sends each agency only what it needs: no rationale, identifiers or anything else', async () => {
    const invitations = await eventually(() => {
      const found = Object.values(STRATEGY_INVITATION_TOPICS).flatMap((topic) =>
        probe.envelopes(topic).filter((e) => e.payload.discussionId === discussionId),
      );
      return found.length === 3 ? found : undefined;
    });
    expect(invitations.map((e) => e.payload.agency).sort()).toEqual(['education', 'health', 'police']);
    for (const envelope of invitations) {
      const payload = envelope.payload as StrategyDiscussionInvitedV1;
      expect(Object.keys(payload).filter((key) => !ALLOWED_INVITATION_FIELDS.includes(key))).toEqual([]);
      for (const child of payload.children) {
        expect(Object.keys(child).filter((key) => !ALLOWED_CHILD_FIELDS.includes(key))).toEqual([]);
      }
      expect(payload).toMatchObject({
        caseReference: decided.contactReference,
        children: [{ firstName: 'Sam', lastName: `Strategy-${suffix}`, dateOfBirth: '2016-04-12' }],
        reason: 'significant-harm-suspected',
        dueBy: '2026-12-02T17:00:00.000Z',
      });
    }
    const raw = probe.messages.filter((m) => m.value.includes(discussionId)).map((m) => m.value);
    for (const value of raw) {
      for (const secret of [
        `secret-${suffix}`,
        '9434765919',
        'A123456789012',
        'school-141001',
        decided.children[0].personId,
      ]) {
        expect(value).not.toContain(secret);
      }
    }
  });

  it('each agency confirms an attendee and availability through its own API; strategy proposes the earliest common slot', async () => {
    for (const agency of ['police', 'health', 'education'] as const) {
      const invitation = await invitationAt(agency, discussionId);
      expect(invitation.status).toBe('awaiting-confirmation');
      // Bad availability is refused and nothing is sent.
      await request(agencies[agency].getHttpServer())
        .post(`/strategy-invitations/${invitation.id}/confirm`)
        .set(bearer(practitioners[agency]))
        .send({ attendee: { name: 'Nobody' }, availability: [w('12:00', '11:00')] })
        .expect(400);
      const { body } = await request(agencies[agency].getHttpServer())
        .post(`/strategy-invitations/${invitation.id}/confirm`)
        .set(bearer(practitioners[agency]))
        .send({
          attendee: { name: `${agency} attendee`, jobTitle: 'Safeguarding lead' },
          availability: AVAILABILITY[agency],
        })
        .expect(200);
      expect(body).toMatchObject({ status: 'confirmed', attendee: { name: `${agency} attendee` } });
    }
    // Only a practitioner of that agency may see its invitations.
    await request(agencies.police.getHttpServer())
      .get('/strategy-invitations')
      .set(bearer(practitioners.health))
      .expect(403);

    const body = await eventually(async () => {
      const { body } = await http().get(`/strategy-discussions/${discussionId}`).set(bearer(manager)).expect(200);
      return body.status === 'slot-proposed' ? body : undefined;
    });
    expect(body.allConfirmed).toBe(true);
    expect(body.participants.find((p: { participant: string }) => p.participant === 'police')).toMatchObject({
      confirmed: true,
      attendee: { name: 'police attendee', jobTitle: 'Safeguarding lead' },
      availability: AVAILABILITY.police,
    });
    // Police 11:00-12:00, health from 11:30, education all day: 11:30-12:00, before the 17:00 due time.
    expect(body.proposedSlot).toEqual({
      start: '2026-12-02T11:30:00.000Z',
      end: '2026-12-02T12:00:00.000Z',
      withinDue: true,
    });
    // The confirmations travelled through each agency's outbox.
    expect(
      probe
        .envelopes(Topics.StrategyAttendanceConfirmed)
        .filter((e) => e.payload.discussionId === discussionId)
        .map((e) => e.payload.agency)
        .sort(),
    ).toEqual(['education', 'health', 'police']);
  });

  it('the chair records a joint s47 outcome with every view; the ICPC is due 15 working days later', async () => {
    clock.set('2026-12-02T12:10:00Z');
    const views = [
      { participant: 'children-social-care', attendee: 'Morgan Manager', view: 's47-joint' },
      { participant: 'police', attendee: 'police attendee', view: 's47-joint', comment: 'Joint visit today' },
      { participant: 'health', view: 's47-joint', comment: 'CP medical booked' },
      { participant: 'education', view: 's47-single-agency', comment: 'School will support' },
    ];
    const outcome = { outcome: 's47-joint', rationale: 'Threshold met.', heldAt: '2026-12-02T11:30:00Z' };

    // Not the chair; a view missing; the police not agreeing to a joint enquiry: refused, nothing stored.
    await http()
      .post(`/strategy-discussions/${discussionId}/outcome`)
      .set(bearer(screener))
      .send({ ...outcome, views })
      .expect(403);
    const missing = await http()
      .post(`/strategy-discussions/${discussionId}/outcome`)
      .set(bearer(manager))
      .send({ ...outcome, views: views.slice(0, 3) })
      .expect(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(missing.body)).toContain('no view from education');
    await http()
      .post(`/strategy-discussions/${discussionId}/outcome`)
      .set(bearer(manager))
      .send({ ...outcome, views: views.map((v) => (v.participant === 'police' ? { ...v, view: 'nfa' } : v)) })
      .expect(400);
    await http()
      .post(`/strategy-discussions/${discussionId}/record-circulated`)
      .set(bearer(manager))
      .send({ circulatedTo: ['police'] })
      .expect(409);

    const { body } = await http()
      .post(`/strategy-discussions/${discussionId}/outcome`)
      .set(bearer(manager))
      .send({ ...outcome, views })
      .expect(200);
    expect(body).toMatchObject({
      status: 'outcome-recorded',
      outcome: 's47-joint',
      heldAt: '2026-12-02T11:30:00.000Z',
      // Thursday 3 .. Wednesday 23 December 2026: 15 working days.
      icpcDueDate: '2026-12-23',
      icpc: { dueDate: '2026-12-23', overdue: false },
      record: { dueBy: '2026-12-03T11:30:00.000Z', circulatedAt: null, overdue: false },
      overdue: false,
    });
    expect(body.outcomeRecord.views).toHaveLength(4);
    await http()
      .post(`/strategy-discussions/${discussionId}/outcome`)
      .set(bearer(manager))
      .send({ ...outcome, views })
      .expect(409);
  });

  it('flags a record not circulated within a working day, first on the list, until it is circulated', async () => {
    clock.set('2026-12-03T11:00:00Z');
    const listed = async () => {
      const { body } = await http().get('/strategy-discussions?limit=500').set(bearer(manager)).expect(200);
      return body as { id: string; overdue: boolean; recordCirculationOverdue: boolean }[];
    };
    expect((await listed()).find((d) => d.id === discussionId)).toMatchObject({
      overdue: false,
      recordCirculationOverdue: false,
    });

    clock.set('2026-12-03T11:31:00Z');
    const list = await listed();
    expect(list.find((d) => d.id === discussionId)).toMatchObject({ overdue: true, recordCirculationOverdue: true });
    const firstNotOverdue = list.findIndex((d) => !d.overdue);
    expect(firstNotOverdue === -1 || list.slice(firstNotOverdue).every((d) => !d.overdue)).toBe(true);

    await http()
      .post(`/strategy-discussions/${discussionId}/record-circulated`)
      .set(bearer(manager))
      .send({ circulatedTo: ['police', 'housing'] })
      .expect(400);
    const { body } = await http()
      .post(`/strategy-discussions/${discussionId}/record-circulated`)
      .set(bearer(manager))
      .send({ circulatedTo: ['police', 'health', 'education'] })
      .expect(200);
    expect(body).toMatchObject({
      recordCirculationOverdue: false,
      record: { circulatedAt: '2026-12-03T11:31:00.000Z' },
    });
    expect((await listed()).find((d) => d.id === discussionId)?.overdue).toBe(false);

    const audit = await strategy
      .get(DataSource)
      .query(`SELECT action FROM audit_records WHERE subject_id = $1 ORDER BY id`, [discussionId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining([
        'strategy-discussion.created',
        'strategy-discussion.read',
        'strategy-discussion.outcome-recorded',
        'strategy-discussion.record-circulated',
      ]),
    );
  });

  it('a further strategy meeting opens another discussion, and the ICPC runs from the last one', async () => {
    clock.set('2026-12-04T09:30:00Z'); // Friday
    const { body: first } = await http()
      .post('/strategy-discussions')
      .set(bearer(screener))
      .send({
        caseReference: `FD-MANUAL-${suffix}`,
        reason: 'significant-harm-suspected',
        rag: 'amber',
        concernCategories: ['neglect'],
        rationale: 'Repeated concerns about a toddler left alone.',
        children: [{ firstName: 'Ali', lastName: `Further-${suffix}`, dateOfBirth: '2024-01-01' }],
        referrer: { organisation: 'gmp', sourceType: 'police' },
      })
      .expect(201);
    // Amber: the end of the next working day, Monday.
    expect(first).toMatchObject({ dueBy: '2026-12-07T17:00:00.000Z', sequence: 1, status: 'awaiting-confirmations' });
    expect(first.participants.map((p: { participant: string }) => p.participant)).toEqual([
      'children-social-care',
      'police',
      'health',
    ]);

    const views = (view: string) =>
      ['children-social-care', 'police', 'health'].map((participant) => ({ participant, view }));
    clock.set('2026-12-04T11:00:00Z');
    const { body: held } = await http()
      .post(`/strategy-discussions/${first.id}/outcome`)
      .set(bearer(manager))
      .send({
        outcome: 'further-strategy-meeting',
        rationale: 'Waiting for the paediatric opinion.',
        views: views('further-strategy-meeting'),
        furtherMeetingBy: '2026-12-08T17:00:00Z',
      })
      .expect(200);
    expect(held).toMatchObject({ icpc: null, icpcDueDate: null });
    expect(held.furtherDiscussionId).toEqual(expect.any(String));

    const { body: second } = await http()
      .get(`/strategy-discussions/${held.furtherDiscussionId}`)
      .set(bearer(manager))
      .expect(200);
    expect(second).toMatchObject({ sequence: 2, previousDiscussionId: first.id, dueBy: '2026-12-08T17:00:00.000Z' });
    await eventually(() =>
      probe.envelopes(Topics.PoliceStrategyDiscussionInvited).find((e) => e.payload.discussionId === second.id),
    );

    clock.set('2026-12-08T15:00:00Z'); // Tuesday
    const { body: decidedS47 } = await http()
      .post(`/strategy-discussions/${second.id}/outcome`)
      .set(bearer(manager))
      .send({ outcome: 's47-single-agency', rationale: 'Threshold met.', views: views('s47-single-agency') })
      .expect(200);
    // 15 working days from Tuesday 8 December 2026, not counting Christmas, Boxing Day (28th) or New Year's Day.
    expect(decidedS47.icpc).toEqual({ dueDate: '2026-12-31', overdue: false });
  });

  it("asks for a case's first discussion once: three submits at the same moment give one 201 and clean 409s", async () => {
    const caseId = randomUUID();
    const ask = () =>
      http()
        .post('/strategy-discussions')
        .set(bearer(screener))
        .send({
          caseId,
          caseReference: `FD-RACE-${suffix}`,
          reason: 'significant-harm-suspected',
          rag: 'red',
          concernCategories: ['physical-abuse'],
          rationale: 'Bruising seen at nursery.',
          children: [{ firstName: 'Kai', lastName: `Race-${suffix}`, dateOfBirth: '2023-03-03' }],
          referrer: { organisation: 'demo-community-health-trust', sourceType: 'health' },
        });
    const answers = await Promise.all([ask(), ask(), ask()]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    expect(answers.find((answer) => answer.status === 409)!.body.detail).toBe(
      `Case FD-RACE-${suffix} already has a strategy discussion.`,
    );
    const { body: listed } = await http()
      .get(`/strategy-discussions?caseId=${caseId}`)
      .set(bearer(screener))
      .expect(200);
    expect(listed.map((discussion: { caseId: string }) => discussion.caseId)).toEqual([caseId]);
  });
  it('an agency declines with a reason: 400 without one, 409 twice; the chair sees why, and the slot is found without it', async () => {
    clock.set('2026-12-09T09:00:00Z'); // Wednesday
    const { body: opened } = await http()
      .post('/strategy-discussions')
      .set(bearer(screener))
      .send({
        caseReference: `FD-DECLINE-${suffix}`,
        reason: 'significant-harm-suspected',
        rag: 'red',
        concernCategories: ['neglect'],
        rationale: 'A toddler found alone at home.',
        children: [{ firstName: 'Lee', lastName: `Decline-${suffix}`, dateOfBirth: '2024-02-02' }],
        referrer: { organisation: 'gmp', sourceType: 'police' },
      })
      .expect(201);
    const declineAt = async (agency: AgencyName, reason: unknown) => {
      const invitation = await invitationAt(agency, opened.id);
      return request(agencies[agency].getHttpServer())
        .post(`/strategy-invitations/${invitation.id}/decline`)
        .set(bearer(practitioners[agency]))
        .send({ reason });
    };
    // No reason, or only spaces: refused, nothing sent.
    expect((await declineAt('health', '   ')).status).toBe(400);
    expect((await declineAt('health', undefined)).status).toBe(400);
    const reason = 'The named nurse is on leave; the GP surgery will send its record to the chair.';
    const declined = await declineAt('health', reason);
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: reason, attendee: null });
    const again = await declineAt('health', 'Still on leave.');
    expect(again.status).toBe(409);
    expect(again.body.title).toBe('Already declined');

    const police = await invitationAt('police', opened.id);
    await request(agencies.police.getHttpServer())
      .post(`/strategy-invitations/${police.id}/confirm`)
      .set(bearer(practitioners.police))
      .send({
        attendee: { name: 'DS Lee' },
        availability: [{ from: '2026-12-09T13:00:00Z', to: '2026-12-09T14:00:00Z' }],
      })
      .expect(200);

    // Health's decline and police's confirmation arrive over Kafka: a time is proposed without health.
    const body = await eventually(async () => {
      const { body } = await http().get(`/strategy-discussions/${opened.id}`).set(bearer(manager)).expect(200);
      return body.status === 'slot-proposed' ? body : undefined;
    });
    expect(body).toMatchObject({ allConfirmed: false, allAnswered: true });
    expect(body.proposedSlot).toMatchObject({ start: '2026-12-09T13:00:00.000Z' });
    expect(body.participants.find((p: { participant: string }) => p.participant === 'health')).toMatchObject({
      confirmed: false,
      declined: true,
      declineReason: reason,
      attendee: null,
    });
    const declines = probe
      .envelopes(Topics.StrategyInvitationDeclined)
      .filter((envelope) => envelope.payload.discussionId === opened.id);
    expect(declines.map((envelope) => envelope.payload)).toEqual([
      expect.objectContaining({ agency: 'health', reason, declinedBy: expect.any(String) }),
    ]);

    // Health finds someone after all: confirming replaces the decline, and the slot is searched again with health.
    const health = await invitationAt('health', opened.id);
    await request(agencies.health.getHttpServer())
      .post(`/strategy-invitations/${health.id}/confirm`)
      .set(bearer(practitioners.health))
      .send({
        attendee: { name: 'Nurse Ng' },
        availability: [{ from: '2026-12-09T13:30:00Z', to: '2026-12-09T15:00:00Z' }],
      })
      .expect(200);
    const replaced = await eventually(async () => {
      const { body } = await http().get(`/strategy-discussions/${opened.id}`).set(bearer(manager)).expect(200);
      return body.allConfirmed ? body : undefined;
    });
    expect(replaced.participants.find((p: { participant: string }) => p.participant === 'health')).toMatchObject({
      confirmed: true,
      declined: false,
      declineReason: null,
      attendee: { name: 'Nurse Ng' },
    });
    // Police 13:00-14:00 and health from 13:30: 13:30-14:00.
    expect(replaced.proposedSlot).toMatchObject({ start: '2026-12-09T13:30:00.000Z' });
  });
});
