import { DeadLetterV1, Topics } from '@frontdoor/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { PostgresServer, localDatabaseUrl } from '../../deploy/local/service-databases';
import { sleep } from './stats';

/** A pool that survives its server restarting: a dropped idle connection is not a crash. */
export function resilientPool(service: string, suffix: string, server: PostgresServer): Pool {
  const pool = new Pool({ connectionString: localDatabaseUrl(service, suffix, server), max: 3 });
  pool.on('error', () => undefined);
  return pool;
}

/** When each contact's case was created on the worklist, and how many cases each has. */
export async function casesByContact(
  screening: Pool,
  contactIds: string[],
): Promise<Map<string, { cases: number; firstCreatedAt: number }>> {
  const { rows } = await screening.query<{ contact_id: string; cases: number; at: string }>(
    `SELECT contact_id, count(*)::int AS cases, (extract(epoch FROM min(created_at)) * 1000)::bigint AS at
       FROM screening_cases WHERE contact_id = ANY($1::uuid[]) GROUP BY contact_id`,
    [contactIds],
  );
  return new Map(rows.map((row) => [row.contact_id, { cases: row.cases, firstCreatedAt: Number(row.at) }]));
}

export interface MessagingEvidence {
  /** Contacts intake stored (the run's databases are fresh, so every one is this run's). */
  intakeContacts: number;
  /** Idempotency keys intake remembers for this run's submissions, and whether each points at the contact returned. */
  idempotencyKeys: Map<string, string>;
  /** Cases on the worklist for contacts no submission was told about. */
  casesForUnknownContacts: number;
  /** ContactReceived events intake's outbox holds per contact (one each, or a contact was queued twice). */
  contactEventsPerContact: Map<string, number>;
  /** Outbox rows not yet acknowledged by the broker, per service database. */
  unsentOutboxRows: Record<string, number>;
  /** ContactReceived events neither applied by screening (inbox row) nor on the dead-letter topic. */
  stuckEvents: number;
  /** ContactReceived events on the dead-letter topic. */
  deadLettered: number;
  /** Inbox rows per event in screening's group (one each: applied once). */
  eventsAppliedMoreThanOnce: number;
  /** Messages on contact-received that screening's group has not committed past. */
  consumerLag: number;
}

/** Everything the verdict needs, read from the real databases and the broker after the run. */
export async function gatherEvidence(options: {
  server: PostgresServer;
  databaseSuffix: string;
  services: string[];
  screeningGroup: string;
  kafkaBrokers: string;
  namespace: string;
  keyPrefix: string;
  acceptedContactIds: string[];
}): Promise<MessagingEvidence> {
  const pool = (service: string) => resilientPool(service, options.databaseSuffix, options.server);
  const intake = pool('intake');
  const screening = pool('screening');
  try {
    const [{ rows: contacts }, { rows: keys }, { rows: events }, { rows: unknown }] = await Promise.all([
      intake.query<{ n: number }>('SELECT count(*)::int AS n FROM contacts'),
      intake.query<{ key: string; contact_id: string }>(
        `SELECT key, contact_id FROM idempotency_keys WHERE key LIKE $1 || '%'`,
        [options.keyPrefix],
      ),
      intake.query<{ event_id: string; message_key: string }>(
        'SELECT event_id, message_key FROM outbox_messages WHERE topic = $1',
        [Topics.ContactReceived.name],
      ),
      screening.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM screening_cases WHERE NOT (contact_id = ANY($1::uuid[]))',
        [options.acceptedContactIds],
      ),
    ]);
    const { rows: applied } = await screening.query<{ event_id: string; times: number }>(
      `SELECT event_id, count(*)::int AS times FROM inbox_messages WHERE consumer = $1 AND topic = $2 GROUP BY event_id`,
      [options.screeningGroup, Topics.ContactReceived.name],
    );
    const unsentOutboxRows: Record<string, number> = {};
    for (const service of options.services) {
      const database = pool(service);
      try {
        const { rows } = await database.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM outbox_messages WHERE sent_at IS NULL',
        );
        unsentOutboxRows[service] = rows[0].n;
      } finally {
        await database.end();
      }
    }
    const deadLetteredIds = await deadLetteredEventIds(options.kafkaBrokers, options.namespace);
    const appliedIds = new Set(applied.map((row) => row.event_id));
    const contactEventsPerContact = new Map<string, number>();
    for (const event of events) {
      contactEventsPerContact.set(event.message_key, (contactEventsPerContact.get(event.message_key) ?? 0) + 1);
    }
    return {
      intakeContacts: contacts[0].n,
      idempotencyKeys: new Map(keys.map((row) => [row.key, row.contact_id])),
      casesForUnknownContacts: unknown[0].n,
      contactEventsPerContact,
      unsentOutboxRows,
      stuckEvents: events.filter((event) => !appliedIds.has(event.event_id) && !deadLetteredIds.has(event.event_id))
        .length,
      deadLettered: events.filter((event) => deadLetteredIds.has(event.event_id)).length,
      eventsAppliedMoreThanOnce: applied.filter((row) => row.times > 1).length,
      consumerLag: await consumerLag(
        options.kafkaBrokers,
        options.screeningGroup,
        `${options.namespace}${Topics.ContactReceived.name}`,
      ),
    };
  } finally {
    await Promise.all([intake.end(), screening.end()]);
  }
}

function kafkaClient(brokers: string): Kafka {
  return new Kafka({ clientId: 'chaos-verifier', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
}

/** Event ids of every ContactReceived message on the dead-letter topic, read from its start. */
async function deadLetteredEventIds(brokers: string, namespace: string): Promise<Set<string>> {
  const kafka = kafkaClient(brokers);
  const topic = `${namespace}${Topics.DeadLetter.name}`;
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const remaining = new Map(ends.filter((end) => Number(end.high) > 0).map((end) => [end.partition, Number(end.high)]));
  const ids = new Set<string>();
  if (remaining.size === 0) return ids;
  const consumer = kafka.consumer({ groupId: `chaos-verifier-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const letter = JSON.parse(message.value!.toString('utf8')) as { payload: DeadLetterV1 };
        if (letter.payload.originalTopic === Topics.ContactReceived.name) {
          const original = JSON.parse(Buffer.from(letter.payload.valueBase64, 'base64').toString('utf8')) as {
            eventId?: string;
          };
          if (original.eventId) ids.add(original.eventId);
        }
        if (Number(message.offset) + 1 >= (remaining.get(partition) ?? 0)) remaining.delete(partition);
      },
    });
    const deadline = Date.now() + 60_000;
    while (remaining.size > 0 && Date.now() < deadline) await sleep(200);
    if (remaining.size > 0) throw new Error('could not read the dead-letter topic to its end within 60 s');
    return ids;
  } finally {
    await consumer.disconnect();
  }
}

/** How far the group's committed offsets trail the end of the topic, summed over partitions. */
export async function consumerLag(brokers: string, groupId: string, topic: string): Promise<number> {
  const admin = kafkaClient(brokers).admin();
  await admin.connect();
  try {
    const [ends, [committed]] = await Promise.all([
      admin.fetchTopicOffsets(topic),
      admin.fetchOffsets({ groupId, topics: [topic] }),
    ]);
    const position = new Map(committed.partitions.map((p) => [p.partition, Number(p.offset)]));
    return ends.reduce((lag, end) => lag + Number(end.high) - Math.max(0, position.get(end.partition) ?? 0), 0);
  } finally {
    await admin.disconnect();
  }
}

export interface GroupMembers {
  state: string;
  memberIds: string[];
}

/** Who is in a consumer group right now, as the broker's group coordinator sees it. */
export async function groupMembers(brokers: string, groupId: string): Promise<GroupMembers> {
  const admin = kafkaClient(brokers).admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return { state: groups[0].state, memberIds: groups[0].members.map((member) => member.memberId).sort() };
  } finally {
    await admin.disconnect();
  }
}
