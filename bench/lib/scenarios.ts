import { DEMO_USERS, Role, issueDevelopmentToken } from '@frontdoor/auth';
import { ContactDetailsV1 } from '@frontdoor/contracts';
import { generateNhsNumber, nhsNumberCheckDigit, normaliseName, seededRandom } from '@frontdoor/identifiers';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { EXAMPLE_CONTACT } from '../../apps/intake/src/contacts/contact.example';
import { SCREENING_DATABASE } from '../../apps/screening/src/database/screening-database';
import { PersonIndex } from '../../apps/screening/src/person-index/person-index';
import { serviceDataSourceOptions } from '@frontdoor/database';
import { localDatabaseUrl } from '../../deploy/local/service-databases';
import { LatencySummary, round, sleep, summarise } from './stats';

/**
 * The bench's own databases (frontdoor_<service>_bench_test, recreated by `npm run bench`), so its
 * relays never publish rows other test runs left in the shared _test databases.
 */
export const BENCH_DATABASE_SUFFIX = 'bench_test';
const SCREENING_BENCH_DB = localDatabaseUrl('screening', BENCH_DATABASE_SUFFIX);

export async function schoolToken(): Promise<string> {
  const user = DEMO_USERS.find((candidate) => candidate.roles.includes(Role.SchoolDsl))!;
  return issueDevelopmentToken(user, { expiresInSeconds: 6 * 3600 });
}

/** A valid contact about a fresh child, as a school would send it. */
export function contactBody(): ContactDetailsV1 {
  const body = structuredClone(EXAMPLE_CONTACT) as ContactDetailsV1;
  body.children[0].nhsNumber = generateNhsNumber();
  body.concerns.narrative = `${body.concerns.narrative} (bench ${randomUUID()})`;
  return body;
}

export interface Posted {
  contactId: string;
  /** When POST /contacts returned (epoch ms). */
  returnedAt: number;
  /** How long the HTTP call took (ms). */
  httpMs: number;
  /** Intake answered with an earlier acceptance of the same Idempotency-Key. */
  replayed: boolean;
}

/** POST /contacts, optionally with an Idempotency-Key (a replay answers 201 with the first contact). */
export async function postContact(
  intakeUrl: string,
  token: string,
  body: ContactDetailsV1 = contactBody(),
  idempotencyKey?: string,
): Promise<Posted | { failed: number }> {
  const started = performance.now();
  const response = await fetch(`${intakeUrl}/contacts`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    },
    body: JSON.stringify(body),
  });
  const httpMs = performance.now() - started;
  if (response.status !== 201) return { failed: response.status };
  const { contactId } = (await response.json()) as { contactId: string };
  const replayed = response.headers.get('idempotent-replayed') === 'true';
  return { contactId, returnedAt: Date.now(), httpMs, replayed };
}

/** When each contact's case was created on screening's worklist (epoch ms), for those there. */
async function worklistTimes(contactIds: string[]): Promise<Map<string, number>> {
  const client = new Client({ connectionString: SCREENING_BENCH_DB });
  await client.connect();
  try {
    const { rows } = await client.query<{ contact_id: string; at: string }>(
      `SELECT contact_id, (extract(epoch FROM created_at) * 1000)::bigint AS at
         FROM screening_cases WHERE contact_id = ANY($1::uuid[])`,
      [contactIds],
    );
    return new Map(rows.map((row) => [row.contact_id, Number(row.at)]));
  } finally {
    await client.end();
  }
}

async function untilAllOnWorklist(contactIds: string[], timeoutMs: number): Promise<Map<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const times = await worklistTimes(contactIds);
    if (times.size === contactIds.length || Date.now() > deadline) return times;
    await sleep(250);
  }
}

export interface LatencyResult {
  ratePerSecond: number;
  seconds: number;
  accepted: number;
  refused: number;
  /** POST /contacts returning → the case on the worklist (ms). */
  contactToWorklist: LatencySummary;
  http: LatencySummary;
  missing: number;
}

/**
 * Contacts at a steady rate for a while (open loop: one every 1/rate s, whatever the replies),
 * then each one's time from POST /contacts returning to its case on the worklist. The case's
 * created_at is stamped in screening's consuming transaction, just before it commits.
 */
export async function steadyLatency(
  intakeUrl: string,
  token: string,
  ratePerSecond: number,
  seconds: number,
): Promise<LatencyResult> {
  const inFlight: Promise<Posted | { failed: number }>[] = [];
  const start = performance.now();
  for (let index = 0; index < ratePerSecond * seconds; index++) {
    const due = start + (index * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(postContact(intakeUrl, token));
  }
  const results = await Promise.all(inFlight);
  const posted = results.filter((result): result is Posted => 'contactId' in result);
  const times = await untilAllOnWorklist(
    posted.map((p) => p.contactId),
    60_000,
  );
  const latencies = posted
    .filter((p) => times.has(p.contactId))
    .map((p) => Math.max(0, times.get(p.contactId)! - p.returnedAt));
  return {
    ratePerSecond,
    seconds,
    accepted: posted.length,
    refused: results.length - posted.length,
    contactToWorklist: summarise(latencies),
    http: summarise(posted.map((p) => p.httpMs)),
    missing: posted.length - latencies.length,
  };
}

export interface ThroughputResult {
  concurrency: number;
  seconds: number;
  acceptedPerSecond: number;
  http: LatencySummary;
  refused: number;
}

/** Closed loop: `concurrency` clients post back to back; a 201 comes only after the commit. */
export async function intakeThroughput(
  intakeUrl: string,
  token: string,
  concurrency: number,
  seconds: number,
): Promise<ThroughputResult> {
  const until = performance.now() + seconds * 1000;
  const http: number[] = [];
  let refused = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const result = await postContact(intakeUrl, token);
        if ('contactId' in result) http.push(result.httpMs);
        else refused++;
      }
    }),
  );
  return { concurrency, seconds, acceptedPerSecond: round(http.length / seconds, 1), http: summarise(http), refused };
}

export interface BurstResult {
  contacts: number;
  submitSeconds: number;
  allOnWorklistSeconds: number;
  onWorklist: number;
  refused: number;
}

/** A police batch upload: `count` contacts as fast as 50 connections take them, then the wait. */
export async function burst(intakeUrl: string, token: string, count: number): Promise<BurstResult> {
  const started = performance.now();
  const ids: string[] = [];
  let refused = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < count) {
        next++;
        const result = await postContact(intakeUrl, token);
        if ('contactId' in result) ids.push(result.contactId);
        else refused++;
      }
    }),
  );
  const submitted = performance.now();
  const times = await untilAllOnWorklist(ids, 30 * 60_000);
  return {
    contacts: count,
    submitSeconds: round((submitted - started) / 1000),
    allOnWorklistSeconds: round((performance.now() - started) / 1000),
    onWorklist: times.size,
    refused,
  };
}

export interface MatchingResult {
  indexSize: number;
  matches: number;
  perMatchMs: LatencySummary;
  buildSeconds: number;
}

const FIRST = [
  'Ava',
  'Noah',
  'Mia',
  'Leo',
  'Isla',
  'Oscar',
  'Ruby',
  'Finn',
  'Grace',
  'Kai',
  'Poppy',
  'Sam',
  'Zoë',
  'Ellie',
  'Jack',
];

/**
 * Screening's person matching against an index of `size` synthetic children (bulk-loaded into a
 * scratch copy of its `persons` table in its bench database), through the same PersonIndex code:
 * a third matched by NHS number, a third by name, date of birth and postcode, a third new.
 */
export async function personMatching(size: number, matches: number): Promise<MatchingResult> {
  const dataSource = new DataSource(serviceDataSourceOptions(SCREENING_DATABASE, { DATABASE_URL: SCREENING_BENCH_DB }));
  await dataSource.initialize();
  try {
    const buildStarted = performance.now();
    const existing: { c: string }[] = await dataSource.query(
      `SELECT count(*)::text AS c FROM persons WHERE nhs_number LIKE '8%' OR last_name_key LIKE 'bench%'`,
    );
    const have = Number(existing[0].c);
    if (have < size) {
      // Deterministic rows: person n has NHS number 8nnnnnnnn+check digit (outside the 999
      // range the other synthetic data uses; none where n has no check digit), bench names,
      // a date of birth and a postcode from n.
      await dataSource.query(
        `WITH base AS (SELECT n, (800000000 + n)::text AS d FROM generate_series($1::int, $2::int - 1) AS n),
              checked AS (
                SELECT n, d, 11 - ((${[10, 9, 8, 7, 6, 5, 4, 3, 2].map((weight, i) => `substr(d, ${i + 1}, 1)::int * ${weight}`).join(' + ')}) % 11) AS c
                  FROM base)
         INSERT INTO persons (id, nhs_number, upn, first_name_key, last_name_key, date_of_birth, postcode)
         SELECT gen_random_uuid(), CASE WHEN c = 11 THEN d || '0' WHEN c = 10 THEN NULL ELSE d || c::text END, NULL,
                (ARRAY[${FIRST.map((name) => `'${normaliseName(name).replace(/'/g, "''")}'`).join(',')}])[1 + n % ${FIRST.length}],
                'bench' || (n % 50000)::text,
                DATE '2008-01-01' + (n % 6000),
                'M' || (1 + n % 40)::text || ' ' || (n % 10)::text || 'BB'
           FROM checked`,
        [have, size],
      );
      await dataSource.query('ANALYZE persons');
    }
    const buildSeconds = round((performance.now() - buildStarted) / 1000);
    const personIndex = new PersonIndex();
    const rng = seededRandom(20261123);
    const timings: number[] = [];
    for (let index = 0; index < matches; index++) {
      const n = Math.floor(rng() * size);
      const kind = index % 3;
      const identity =
        kind === 0
          ? { firstName: 'Any', lastName: 'Body', nhsNumber: benchNhsNumber(n) }
          : {
              firstName: FIRST[n % FIRST.length],
              lastName: `bench${n % 50000}`,
              dateOfBirth: new Date(Date.UTC(2008, 0, 1) + (kind === 1 ? n % 6000 : 7000) * 86_400_000)
                .toISOString()
                .slice(0, 10),
              postcode: `M${1 + (n % 40)} ${n % 10}BB`,
            };
      const started = performance.now();
      await personIndex.find(dataSource.manager, identity);
      timings.push(performance.now() - started);
    }
    return { indexSize: size, matches, perMatchMs: summarise(timings), buildSeconds };
  } finally {
    await dataSource.destroy();
  }
}

/** Person n's NHS number in the bench index (n with no check digit borrows n + 1's). */
function benchNhsNumber(n: number): string {
  const digits = String(800000000 + n);
  const check = nhsNumberCheckDigit(digits);
  return check === undefined ? benchNhsNumber(n + 1) : digits + String(check);
}

export interface RawPgResult {
  rows: number;
  insertsPerSecond: number;
  perInsertMs: LatencySummary;
}

/** The machine's floor for a stored contact: the same JSON in a plain table, one transaction each. */
export async function rawPgInserts(rows: number): Promise<RawPgResult> {
  const client = new Client({ connectionString: localDatabaseUrl('intake', BENCH_DATABASE_SUFFIX) });
  await client.connect();
  try {
    await client.query('CREATE TEMP TABLE raw_contacts (id uuid PRIMARY KEY, details jsonb NOT NULL)');
    const timings: number[] = [];
    const started = performance.now();
    for (let index = 0; index < rows; index++) {
      const insertStarted = performance.now();
      await client.query('BEGIN');
      await client.query('INSERT INTO raw_contacts (id, details) VALUES ($1, $2)', [randomUUID(), contactBody()]);
      await client.query('COMMIT');
      timings.push(performance.now() - insertStarted);
    }
    return {
      rows,
      insertsPerSecond: round(rows / ((performance.now() - started) / 1000), 1),
      perInsertMs: summarise(timings),
    };
  } finally {
    await client.end();
  }
}

export interface RawKafkaResult {
  messages: number;
  roundTripMs: LatencySummary;
}

/** The machine's floor for an event: kafkajs produce (acks=all) → consume, one at a time. */
export async function rawKafkaRoundTrip(messages: number, namespace: string): Promise<RawKafkaResult> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: ['127.0.0.1:9092'], logLevel: logLevel.NOTHING });
  const topic = `${namespace}raw-round-trip`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, maxWaitTimeInMs: 10 });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const arrived = new Map<string, () => void>();
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({ eachMessage: async ({ message }) => arrived.get(message.key!.toString())?.() });
  await joined;
  const timings: number[] = [];
  try {
    for (let index = 0; index < messages; index++) {
      const key = randomUUID();
      const received = new Promise<void>((resolve) => arrived.set(key, resolve));
      const started = performance.now();
      await producer.send({ topic, acks: -1, messages: [{ key, value: JSON.stringify(contactBody()) }] });
      await received;
      timings.push(performance.now() - started);
    }
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return { messages, roundTripMs: summarise(timings) };
}
