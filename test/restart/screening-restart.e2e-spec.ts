import { Role } from '@frontdoor/auth';
import {
  ContactDetailsV1,
  EmergencyDutyAction,
  LevelOfNeed,
  ScreeningOutcome,
  SourceType,
  Topics,
} from '@frontdoor/contracts';
import { generateNhsNumber, seededRandom } from '@frontdoor/identifiers';
import {
  KafkaProbe,
  TEST_RUN_ID,
  bearer,
  eventually,
  testDatabaseUrl,
  tokenFor,
  useServiceTestEnvironment,
} from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { Pool } from 'pg';
import request from 'supertest';
import { EXAMPLE_CONTACT } from '../../apps/intake/src/contacts/contact.example';
import { createIntakeApp } from '../../apps/intake/src/intake.app';
import { OffsetObserver } from './offset-observer';
import { CompiledServiceProcess, freePort } from '../support/compiled-service-process';
import { variedContact } from './varied-contacts';

/**
 * The front door's promise under failure: kill the screening service (SIGKILL, no goodbye) while
 * contacts are arriving, start it again, and every contact reaches the worklist exactly once.
 *
 * Screening runs as real OS processes sharing one consumer group, so the second resumes from the
 * offsets the first committed; whatever the first applied but had not committed is delivered
 * again and must be recognised by the inbox. Intake runs in this process.
 */

const CONTACTS = 150;
const KILL_AFTER = 75;
const POSTING_CONCURRENCY = 8;
const KILL_WINDOW_MS = 3_000;
const STEADY_PACE_MS = 50;
const POSTED_WHILE_DOWN = 50;
const GROUP_ID = `screening-restart-${TEST_RUN_ID}`;
// After a SIGKILL the broker waits for the dead member's session (kafkajs: 30 s) to expire
// before the restarted process is given partitions; leave room for that and the catch-up.
const CATCH_UP_TIMEOUT_MS = 50_000;

interface Accepted {
  contactId: string;
  reference: string;
  childIds: string[];
}

interface Posted extends Accepted {
  body: ContactDetailsV1;
  postedWhile: 'running' | 'killed';
}

describe('screening restarted after a kill', () => {
  const seed = Math.floor(Math.random() * 2 ** 31);
  const rng = seededRandom(seed);
  const tokens = new Map<Role, string>();
  let intake: INestApplication;
  let screeningDb: Pool;
  let intakeDb: Pool;
  let deadLetters: KafkaProbe;
  let observer: OffsetObserver;
  let first: CompiledServiceProcess;
  let second: CompiledServiceProcess | undefined;
  const posted: Posted[] = [];
  const timings: Record<string, number> = {};
  const startedAt = Date.now();
  const mark = (what: string) => (timings[what] = Date.now() - startedAt);

  const screeningEnv = async () => ({
    NODE_ENV: 'test',
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    DATABASE_URL: testDatabaseUrl('screening'),
    KAFKA_CLIENT_ID: 'screening-restart-test',
    KAFKA_GROUP_ID: GROUP_ID,
    // Like every test group: start at the end of the topics, not at earlier runs' contacts. The
    // second process has committed offsets to resume from, so this setting does not apply to it.
    KAFKA_FROM_BEGINNING: 'false',
  });

  beforeAll(async () => {
    for (const role of [Role.SchoolDsl, Role.PoliceOfficer, Role.HealthPractitioner, Role.Screener, Role.Manager]) {
      tokens.set(role, await tokenFor(role));
    }
    screeningDb = new Pool({ connectionString: testDatabaseUrl('screening'), max: 2 });
    intakeDb = new Pool({ connectionString: testDatabaseUrl('intake'), max: 2 });
    // Assigned before they start, so afterAll stops them even if starting fails half-way.
    deadLetters = new KafkaProbe();
    observer = new OffsetObserver(Topics.ContactReceived);
    await deadLetters.start([Topics.DeadLetter]);
    await observer.start();

    useServiceTestEnvironment('intake');
    ({ app: intake } = await createIntakeApp());
    await intake.init();

    first = new CompiledServiceProcess('screening#1', 'screening', await screeningEnv()).start();
  });

  afterAll(async () => {
    // Whatever happened, no screening process outlives the test.
    await Promise.allSettled([first?.stop(), second?.stop()]);
    await intake?.close();
    await deadLetters?.stop();
    await observer?.stop();
    await screeningDb?.end();
    await intakeDb?.end();
  });

  async function post(body: ContactDetailsV1, role: Role): Promise<Accepted> {
    const response = await request(intake.getHttpServer())
      .post('/contacts')
      .set(bearer(tokens.get(role)!))
      .send(body);
    if (response.status !== 201) {
      throw new Error(`POST /contacts answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body as Accepted;
  }

  /** Contacts (by id) that screening has a case for, with how many cases each has. */
  async function casesPerContact(contactIds: string[]): Promise<Map<string, number>> {
    const { rows } = await screeningDb.query<{ contact_id: string; cases: number }>(
      `SELECT contact_id, count(*)::int AS cases FROM screening_cases WHERE contact_id = ANY($1::uuid[]) GROUP BY 1`,
      [contactIds],
    );
    return new Map(rows.map((row) => [row.contact_id, row.cases]));
  }

  /**
   * Posts canary contacts until one is on screening#1's worklist (its consumer has partitions)
   * and its group has committed an offset on every partition of the contact topic. A group that
   * starts at the end of a topic has nothing to resume from on a partition it never committed,
   * and the restarted process would skip to the end there too: see KAFKA_FROM_BEGINNING above.
   */
  async function waitUntilConsuming(): Promise<string[]> {
    const canaries: Accepted[] = [];
    const canary = () => post(canaryContact(), Role.Screener).then((accepted) => canaries.push(accepted));
    await canary();
    await eventually(
      async () => {
        const found = await Promise.all(canaries.map((accepted) => onWorklist(first, accepted)));
        if (found.some((items) => items.length > 0)) return true;
        await canary(); // the earlier ones may have come before it had partitions: skipped, as they should be
        return undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500, what: 'a canary contact on the worklist of screening#1' },
    );
    await eventually(
      async () => {
        const committed = await observer.committed(GROUP_ID);
        if (committed.size > 0 && [...committed.values()].every((offset) => offset >= 0)) return true;
        await canary();
        return undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300, what: `${GROUP_ID} to commit an offset on every partition` },
    );
    return canaries.map((canary) => canary.contactId);
  }

  /**
   * A contact that is easy to find by its reference, from an "other" source, about a child of its
   * own (a new person with a fresh NHS number, not the example's child). Not red: a red contact
   * out of office hours goes to the emergency duty team's queue, not the worklist this drill reads.
   */
  function canaryContact(): ContactDetailsV1 {
    const canary = structuredClone(EXAMPLE_CONTACT) as ContactDetailsV1;
    canary.source = { type: SourceType.Other, cinCode: '8' };
    canary.children[0] = {
      ...canary.children[0],
      firstName: 'Canary',
      lastName: `Drill-${TEST_RUN_ID}`,
      nhsNumber: generateNhsNumber(),
    };
    canary.concerns.narrative = `Restart drill canary, not a real child [restart-canary-${TEST_RUN_ID}]`;
    return canary;
  }

  /** The worklist items for this contact's reference (what a screener finds when the referrer calls). */
  async function onWorklist(screening: CompiledServiceProcess, contact: Accepted): Promise<{ contactId: string }[]> {
    const response = await fetch(`${screening.baseUrl}/worklist?reference=${contact.reference}`, {
      headers: bearer(tokens.get(Role.Screener)!),
    });
    if (response.status !== 200) throw new Error(`GET /worklist answered ${response.status}`);
    return ((await response.json()) as { contactId: string }[]).filter((item) => item.contactId === contact.contactId);
  }

  /** The cases on the emergency duty team's queue, as a manager reads it. */
  async function emergencyDutyQueue(screening: CompiledServiceProcess): Promise<string[]> {
    const response = await fetch(`${screening.baseUrl}/emergency-duty/queue?limit=1000`, {
      headers: bearer(tokens.get(Role.Manager)!),
    });
    if (response.status !== 200) throw new Error(`GET /emergency-duty/queue answered ${response.status}`);
    return ((await response.json()) as { caseId: string }[]).map((item) => item.caseId);
  }

  /**
   * Of these contacts, how many this group has applied (inbox row), and how many of those sit at
   * or after its committed offset: those will be delivered again after a crash.
   */
  async function appliedNotCommitted(contactIds: string[]): Promise<{ applied: number; notCommitted: number }> {
    const [{ rows: applied }, committed] = await Promise.all([
      intakeDb
        .query<{ event_id: string; contact_id: string }>(
          `SELECT envelope->>'eventId' AS event_id, message_key AS contact_id
           FROM outbox_messages WHERE topic = $1 AND message_key = ANY($2::text[])`,
          [Topics.ContactReceived.name, contactIds],
        )
        .then(async ({ rows: events }) => {
          const { rows: handled } = await screeningDb.query<{ event_id: string }>(
            `SELECT event_id FROM inbox_messages WHERE consumer = $1 AND event_id = ANY($2::uuid[])`,
            [GROUP_ID, events.map((e) => e.event_id)],
          );
          const handledIds = new Set(handled.map((row) => row.event_id));
          return { rows: events.filter((e) => handledIds.has(e.event_id)) };
        }),
      observer.committed(GROUP_ID),
    ]);
    const notCommitted = applied.filter(({ contact_id }) => {
      const position = observer.position(contact_id);
      return position !== undefined && position.offset >= (committed.get(position.partition) ?? -1);
    });
    return { applied: applied.length, notCommitted: notCommitted.length };
  }

  /**
   * Posts every contact, a few at a time: KILL_AFTER in a burst, so screening#1 falls behind and
   * takes them in batches, then more at a steady pace while it waits (at most KILL_WINDOW_MS) for
   * a moment when screening#1 is part-way through a batch, having applied events it has not
   * committed yet. It kills screening#1 then, the worst moment: the restarted process is handed
   * events that were already applied. The last POSTED_WHILE_DOWN are posted after the kill.
   */
  async function postAllKillingScreeningHalfway(): Promise<{ applied: number; notCommitted: number }> {
    const contacts = Array.from({ length: CONTACTS }, (_, i) => variedContact(rng, `restart-${TEST_RUN_ID}-${i}`));
    let next = 0;
    let killed = false;
    let killing: Promise<{ applied: number; notCommitted: number }> | undefined;
    const killMidBatch = async () => {
      const deadline = Date.now() + KILL_WINDOW_MS;
      while (Date.now() < deadline && (await appliedNotCommitted(posted.map((p) => p.contactId))).notCommitted === 0);
      await first.kill();
      killed = true;
      mark('killed');
      return appliedNotCommitted(posted.map((p) => p.contactId));
    };
    const worker = async () => {
      while (next < contacts.length) {
        if (!killed && next >= contacts.length - POSTED_WHILE_DOWN) {
          await (killing ?? pause(10));
          continue;
        }
        const contact = contacts[next++];
        const postedWhile = killed ? 'killed' : 'running';
        const accepted = await post(contact.body, contact.submitterRole);
        posted.push({ ...accepted, body: contact.body, postedWhile });
        if (posted.length === KILL_AFTER) killing = killMidBatch();
        if (killing && !killed) await pause(STEADY_PACE_MS);
      }
    };
    await Promise.all(Array.from({ length: POSTING_CONCURRENCY }, worker));
    return killing!;
  }

  it("puts every contact in the front door's queues exactly once", async () => {
    await first.healthy();
    mark('screening#1 healthy');
    const canaries = await waitUntilConsuming();
    mark('screening#1 consuming');

    const atKill = await postAllKillingScreeningHalfway();
    mark('all posted');
    expect(first.running).toBe(false);
    expect(posted).toHaveLength(CONTACTS);

    second = new CompiledServiceProcess('screening#2', 'screening', await screeningEnv()).start();
    // Slow on purpose: main.ts starts the consumer before HTTP, and the consumer waits until the
    // broker gives up on the killed member (its 30 s session) before it has partitions.
    await second.healthy(CATCH_UP_TIMEOUT_MS);
    mark('screening#2 healthy');

    // The event intake published for each contact (one outbox row each, written with the contact).
    const contactIds = posted.map((p) => p.contactId);
    const { rows: events } = await intakeDb.query<{ contact_id: string; event_id: string }>(
      `SELECT message_key AS contact_id, envelope->>'eventId' AS event_id
         FROM outbox_messages WHERE topic = $1 AND message_key = ANY($2::text[])`,
      [Topics.ContactReceived.name, contactIds],
    );
    expect(events).toHaveLength(CONTACTS);
    const eventIds = events.map((e) => e.event_id);

    // Done when this group has handled every event. (A case alone is not enough: other test runs'
    // screening consumers, if any are running now, read the same topic into the same database.)
    const progress = async () => {
      const [cases, { rows: inbox }] = await Promise.all([
        casesPerContact(contactIds),
        screeningDb.query<{ event_id: string; rows: number }>(
          `SELECT event_id, count(*)::int AS rows FROM inbox_messages
            WHERE consumer = $1 AND event_id = ANY($2::uuid[]) GROUP BY 1`,
          [GROUP_ID, eventIds],
        ),
      ]);
      return { cases, inbox };
    };
    const { cases, inbox } = await eventually(
      async () => {
        const now = await progress();
        return now.cases.size === CONTACTS && now.inbox.length === CONTACTS ? now : undefined;
      },
      { timeoutMs: CATCH_UP_TIMEOUT_MS, intervalMs: 250, what: `all ${CONTACTS} contacts handled by ${GROUP_ID}` },
    ).catch(async (error: Error) => {
      const now = await progress();
      const handled = new Set(now.inbox.map((row) => row.event_id));
      const unhandled = new Set(events.filter((e) => !handled.has(e.event_id)).map((e) => e.contact_id));
      const unhandledPosted = (when: Posted['postedWhile']) =>
        posted.filter((p) => p.postedWhile === when && unhandled.has(p.contactId)).length;
      throw new Error(
        `${error.message}\n${now.cases.size}/${CONTACTS} have a case, ${handled.size}/${CONTACTS} events handled; ` +
          `not handled: ${unhandledPosted('running')} posted while screening ran, ` +
          `${unhandledPosted('killed')} while it was down\n${first.log}\n${second?.log}`,
      );
    });
    mark('all on screening');

    // Exactly once: one case per contact...
    expect([...cases.values()].filter((count) => count !== 1)).toEqual([]);

    // ...each contact's children exactly once, under the ids intake gave them...
    const childIds = posted.flatMap((p) => p.childIds);
    const { rows: children } = await screeningDb.query<{ id: string; copies: number }>(
      `SELECT id, count(*)::int AS copies FROM case_children WHERE id = ANY($1::uuid[]) GROUP BY 1`,
      [childIds],
    );
    expect(children).toHaveLength(childIds.length);
    expect(children.filter((child) => child.copies !== 1)).toEqual([]);

    // ...and one inbox row per event for this consumer group: each event was applied once,
    // however often it was delivered.
    expect(inbox.filter((row) => row.rows !== 1)).toEqual([]);

    // Nothing was given up on.
    const contactIdSet = new Set(contactIds);
    expect(
      deadLetters
        .envelopes(Topics.DeadLetter)
        .filter((e) => e.payload.consumerGroup === GROUP_ID && contactIdSet.has(e.payload.key ?? '')),
    ).toEqual([]);

    // The restarted service shows them: a sample read through its API, from both sides of the kill.
    const { rows: caseIds } = await screeningDb.query<{ id: string; contact_id: string }>(
      `SELECT id, contact_id FROM screening_cases WHERE contact_id = ANY($1::uuid[])`,
      [contactIds],
    );
    const caseIdByContact = new Map(caseIds.map((row) => [row.contact_id, row.id]));
    const sample = [
      ...posted.filter((p) => p.postedWhile === 'running').slice(0, 3),
      ...posted.filter((p) => p.postedWhile === 'running').slice(-3),
      ...posted.filter((p) => p.postedWhile === 'killed').slice(0, 4),
    ];
    for (const contact of sample) {
      const response = await fetch(`${second.baseUrl}/cases/${caseIdByContact.get(contact.contactId)}`, {
        headers: bearer(tokens.get(Role.Screener)!),
      });
      expect(response.status).toBe(200);
      const view = (await response.json()) as {
        contactId: string;
        reference: string;
        children: { childId: string; details: { firstName: string } }[];
      };
      expect(view).toMatchObject({ contactId: contact.contactId, reference: contact.reference });
      expect(view.children.map((c) => c.childId)).toEqual(contact.childIds);
      expect(view.children.map((c) => c.details.firstName)).toEqual(contact.body.children.map((c) => c.firstName));
    }
    // And in the front door's queues, each exactly once: on the worklist, found by the reference the
    // referrer was given, or (a red contact while the office is closed) on the emergency duty
    // team's queue. Which one depends on the hour the drill runs; once, in all, never does.
    const emergencyDutyCases = await emergencyDutyQueue(second!);
    const queuedCopies = await inBatches(
      posted,
      8,
      async (contact) =>
        (await onWorklist(second!, contact)).length +
        emergencyDutyCases.filter((caseId) => caseId === caseIdByContact.get(contact.contactId)).length,
    );
    expect(posted.filter((_, i) => queuedCopies[i] !== 1).map((contact) => contact.reference)).toEqual([]);
    mark('verified');

    const { rows: canaryCases } = await screeningDb.query<{ id: string }>(
      `SELECT id FROM screening_cases WHERE contact_id = ANY($1::uuid[])`,
      [canaries],
    );
    await closeCases(second, [...caseIdByContact.values(), ...canaryCases.map((row) => row.id)]);
    mark('cases closed');

    console.log(
      [
        `screening restart drill (seed ${seed}): ${canaries.length} canaries`,
        `${atKill.applied} contacts applied by screening#1 when it was killed, ` +
          `${atKill.notCommitted} of them not committed (delivered again)`,
        `${posted.filter((p) => p.postedWhile === 'killed').length} posted while it was down`,
        `sources ${JSON.stringify(countBy(posted.map((p) => p.body.source.type)))}, ${childIds.length} children`,
        `ms since start ${JSON.stringify(timings)}`,
      ].join('; '),
    );
  });

  /**
   * Leaves the shared screening test database tidy: every case of this drill decided (no further
   * action) by a manager, who may do so without a joint decision, and signed off by another, so
   * the worklist is not filled with them.
   */
  async function closeCases(screening: CompiledServiceProcess, caseIds: string[]): Promise<void> {
    const [decider, approver] = [
      await tokenFor(Role.Manager),
      await tokenFor(Role.Manager, { subject: `restart-drill-manager-${TEST_RUN_ID}`, name: 'Second Manager (drill)' }),
    ];
    const send = (path: string, token: string, body: object) =>
      fetch(`${screening.baseUrl}${path}`, {
        method: 'POST',
        headers: { ...bearer(token), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    // A case the emergency duty team holds is theirs to hand over before the front door decides it.
    const withEmergencyDuty = new Set(await emergencyDutyQueue(screening));
    const emergencyDutyWorker = await tokenFor(Role.EmergencyDutySocialWorker);
    const handedOver = await inBatches(
      caseIds.filter((caseId) => withEmergencyDuty.has(caseId)),
      8,
      async (caseId) => {
        const recorded = await send(`/cases/${caseId}/emergency-duty/records`, emergencyDutyWorker, {
          actions: [EmergencyDutyAction.Advice],
          summary: 'Restart drill: synthetic contact, advice only.',
        });
        const handed = await send(`/cases/${caseId}/emergency-duty/hand-over`, emergencyDutyWorker, {});
        return `${recorded.status} ${handed.status}`;
      },
    );
    expect(handedOver.filter((status) => status !== '201 200')).toEqual([]);
    const statuses = await inBatches(caseIds, 8, async (caseId) => {
      const decided = await send(`/cases/${caseId}/decision`, decider, {
        outcome: ScreeningOutcome.NoFurtherAction,
        levelOfNeed: LevelOfNeed.Universal,
        rationale: 'Restart drill: synthetic contact, no further action.',
        childsVoiceConsidered: false,
        referrerFeedback: 'Thank you; no further action by children’s social care.',
      });
      const approved = await send(`/cases/${caseId}/decision/approve`, approver, {});
      return `${decided.status} ${approved.status}`;
    });
    expect(statuses.filter((status) => status !== '201 200')).toEqual([]);
  }
});

/** `work` over every item, `concurrency` at a time; results in the items' order. */
async function inBatches<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function countBy(values: SourceType[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
