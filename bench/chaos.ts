// `npm run chaos`: referrals keep arriving while, one after another, each service is killed with
// kill -9 and started again, the Kafka broker is stopped and started, Postgres is restarted in
// immediate mode, a consumer is frozen until its group rebalances, and earlier referrals are sent
// again with their idempotency keys. Then the real databases and the dead-letter topic are read:
// every accepted contact must be on the worklist exactly once. Prints lost / duplicated /
// recovered per fault and writes bench/results/chaos-*.json and chaos-latest-<scale>.md.
//   CHAOS_SCALE=full (default: >= 20,000 contacts, every service) | small (a few hundred, npm test)
// Runs on its own broker, Postgres cluster and databases (deploy/local/chaos.sh makes them), never
// on the shared ones: see docs/adr/0006-chaos-run-on-its-own-broker-and-cluster.md.
import { Topics } from '@frontdoor/contracts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  CHAOS_INFRASTRUCTURE,
  chaosKafkaBrokers,
  chaosPostgres,
  restartChaosPostgresImmediately,
  startChaosBroker,
  stopChaosBroker,
} from './lib/chaos-infrastructure';
import { ContactLoad, Submission } from './lib/chaos-load';
import {
  GroupMembers,
  casesByContact,
  consumerLag,
  gatherEvidence,
  groupMembers,
  resilientPool,
} from './lib/chaos-evidence';
import { Pool } from 'pg';
import { schoolToken } from './lib/scenarios';
import { RunningStack, startServices } from './lib/service-processes';
import { percentile, round, sleep } from './lib/stats';

export interface ChaosScale {
  /** Every service started; `screening#2` is the second consumer in screening's group. */
  services: string[];
  ratePerSecond: number;
  /** The load keeps going after the last fault until this many contacts were accepted. */
  minimumContacts: number;
  warmUpSeconds: number;
  brokerDownSeconds: number;
  /** Postgres stays down this long after its immediate stop: longer than a consumer's retries of a failing message. */
  postgresDownSeconds: number;
  resubmissions: number;
  /** The longest the run waits for the backlog to drain before the next fault (the verdict allows 60 s). */
  paceLimitSeconds: number;
  /** Latency is judged over windows this long, and this long before each fault is its "before". */
  windowSeconds: number;
  /** Consumers' session timeout (ms); unset: kafkajs's 30 s, as the services run by default. */
  sessionTimeoutMs?: number;
}

export const CHAOS_SCALES: Record<'full' | 'small', ChaosScale> = {
  full: {
    services: ['intake', 'screening', 'screening#2', 'police', 'health', 'education', 'marac', 'strategy'],
    ratePerSecond: 40,
    minimumContacts: 20_000,
    warmUpSeconds: 20,
    brokerDownSeconds: 10,
    postgresDownSeconds: 10,
    resubmissions: 1_000,
    paceLimitSeconds: 75,
    windowSeconds: 5,
  },
  small: {
    services: ['intake', 'screening', 'screening#2'],
    ratePerSecond: 6,
    minimumContacts: 300,
    warmUpSeconds: 6,
    brokerDownSeconds: 3,
    postgresDownSeconds: 5,
    resubmissions: 50,
    paceLimitSeconds: 30,
    windowSeconds: 3,
    // A frozen or killed consumer is noticed after 10 s instead of 30 s: the same faults in less time.
    sessionTimeoutMs: 10_000,
  },
};

/**
 * Latency is back to normal when 90% of the contacts accepted in a window of a few seconds reached the worklist
 * within this of the pre-fault p50 (a p90, not a median: a partition still stalled behind a dead
 * consumer holds back a third of the contacts, and a median would not see it).
 */
const NORMAL_FACTOR = 3;
const NORMAL_SLACK_MS = 100;
const NORMAL_PERCENTILE = 90;
const RECOVERY_LIMIT_SECONDS = 60;

export type FaultKind = 'kill -9' | 'broker stop/start' | 'postgres restart -m immediate' | 'rebalance' | 'resubmit';

export interface Fault {
  kind: FaultKind;
  target: string;
  injectedAt: number;
  restoredAt: number;
  detail?: Record<string, unknown>;
}

export interface FaultOutcome {
  kind: FaultKind;
  target: string;
  downSeconds: number;
  /** Contacts first sent between the fault and latency being normal again (or resubmitted, for resubmit). */
  submitted: number;
  retried: number;
  lost: number;
  duplicated: number;
  recovered: number;
  preFaultP50Ms: number;
  /** Seconds from the component being back until contact → worklist latency was normal; null if never. */
  normalAfterSeconds: number | null;
  detail?: Record<string, unknown>;
}

export async function runChaos(scaleName: 'full' | 'small', resultsDir: string) {
  const scale = CHAOS_SCALES[scaleName];
  const runId = new Date().toISOString().replace(/[:.]/g, '-');
  const namespace = `chaos.${runId.toLowerCase().replace(/[^a-z0-9]/g, '')}.`;
  const keyPrefix = `chaos-${runId}`;
  const logDir = join(resultsDir, 'logs', `chaos-${runId}`);
  mkdirSync(logDir, { recursive: true });
  const log = (line: string) => console.log(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}`);
  const started = Date.now();

  log(
    `starting ${scale.services.join(', ')} on ${chaosKafkaBrokers} and Postgres :${chaosPostgres.port} (logs ${logDir})`,
  );
  const stack = await startServices(scale.services, {
    portBase: 4100,
    namespace,
    logDir,
    databaseSuffix: CHAOS_INFRASTRUCTURE.databaseSuffix,
    postgres: chaosPostgres,
    kafkaBrokers: chaosKafkaBrokers,
    redisUrl: CHAOS_INFRASTRUCTURE.redisUrl,
    groupSuffix: 'chaos',
    sessionTimeoutMs: scale.sessionTimeoutMs,
  });
  const screeningGroup = 'screening-chaos';
  const screening = resilientPool('screening', CHAOS_INFRASTRUCTURE.databaseSuffix, chaosPostgres);
  const intake = resilientPool('intake', CHAOS_INFRASTRUCTURE.databaseSuffix, chaosPostgres);
  const load = new ContactLoad(stack.services.get('intake')!.url, await schoolToken(), keyPrefix);
  const faults: Fault[] = [];
  try {
    await untilBothScreeningInstancesConsume(screeningGroup);
    load.start(scale.ratePerSecond);
    log(`${scale.ratePerSecond} contacts/s; warming up for ${scale.warmUpSeconds} s`);
    await sleep(scale.warmUpSeconds * 1000);
    const caughtUp = () => untilCaughtUp(intake, screeningGroup, namespace, scale);
    await caughtUp();
    log(`warm: contact → worklist p50 ${await liveLatency(load, screening, scale.windowSeconds * 1000, 50)} ms`);
    // Each fault comes only once the last one's backlog has drained (the verdict judges latency
    // afterwards, against the few seconds before each fault).
    const pace = async (fault: Fault) => {
      faults.push(fault);
      log(`${fault.kind} ${fault.target}: back after ${round((fault.restoredAt - fault.injectedAt) / 1000)} s`);
      await sleep(scale.windowSeconds * 1000);
      const drained = await caughtUp();
      if (!drained) log(`still a backlog after ${scale.paceLimitSeconds} s; going on`);
      await sleep(scale.windowSeconds * 1000); // the next fault's pre-fault window
    };

    for (const name of scale.services.filter((service) => !service.includes('#'))) {
      await pace(await killAndRestart(stack, name));
    }
    await pace(await restartBroker(scale.brokerDownSeconds));
    await pace(await restartPostgres(scale.postgresDownSeconds));
    await pace(await forceRebalance(stack, screeningGroup, log));
    await pace(await resubmit(load, scale.resubmissions));

    while (load.accepted.length < scale.minimumContacts) {
      log(
        `${load.accepted.length.toLocaleString('en-GB')} accepted; loading until ${scale.minimumContacts.toLocaleString('en-GB')}`,
      );
      await sleep(
        Math.min(30_000, ((scale.minimumContacts - load.accepted.length) / scale.ratePerSecond) * 1000 + 500),
      );
    }
    await load.stop();
    log(
      `load stopped: ${load.submissions.length.toLocaleString('en-GB')} submitted; waiting for the worklist to settle`,
    );
    const cases = await untilSettled(load, screening);

    const evidence = await gatherEvidence({
      server: chaosPostgres,
      databaseSuffix: CHAOS_INFRASTRUCTURE.databaseSuffix,
      services: [...new Set(scale.services.map((name) => name.split('#')[0]))],
      screeningGroup,
      kafkaBrokers: chaosKafkaBrokers,
      namespace,
      keyPrefix,
      acceptedContactIds: load.accepted.map((submission) => submission.contactId!),
    });
    const results = verdict({ runId, scaleName, scale, started, load, faults, cases, evidence });
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, `chaos-${runId}-${scaleName}.json`), `${JSON.stringify(results, null, 2)}\n`);
    const table = markdown(results);
    writeFileSync(join(resultsDir, `chaos-latest-${scaleName}.md`), table);
    console.log(`\n${table}`);
    return results;
  } finally {
    await load.stop();
    await Promise.all([screening.end(), intake.end()]);
    await stack.stop();
  }

  /** Both screening processes hold partitions before the load starts, so the first fault meets a settled group. */
  async function untilBothScreeningInstancesConsume(groupId: string): Promise<void> {
    const consumers = scale.services.filter((name) => name.startsWith('screening')).length;
    const deadline = Date.now() + 90_000;
    for (;;) {
      const members = await groupMembers(chaosKafkaBrokers, groupId).catch(() => undefined);
      if (members?.state === 'Stable' && members.memberIds.length === consumers) return;
      if (Date.now() > deadline) throw new Error(`${groupId} did not settle with ${consumers} members in 90 s`);
      await sleep(500);
    }
  }
}

/** kill -9 of a service's whole process group, started again at once, as a supervisor would. */
async function killAndRestart(stack: RunningStack, name: string): Promise<Fault> {
  const service = stack.services.get(name)!;
  const injectedAt = Date.now();
  await service.kill();
  service.start();
  await service.healthy();
  return { kind: 'kill -9', target: name, injectedAt, restoredAt: Date.now() };
}

async function restartBroker(downSeconds: number): Promise<Fault> {
  const injectedAt = Date.now();
  await stopChaosBroker();
  await sleep(downSeconds * 1000);
  await startChaosBroker();
  return { kind: 'broker stop/start', target: `kafka ${chaosKafkaBrokers}`, injectedAt, restoredAt: Date.now() };
}

async function restartPostgres(downSeconds: number): Promise<Fault> {
  const injectedAt = Date.now();
  await restartChaosPostgresImmediately(downSeconds);
  return {
    kind: 'postgres restart -m immediate',
    target: `cluster ${CHAOS_INFRASTRUCTURE.postgres.cluster} :${chaosPostgres.port}`,
    injectedAt,
    restoredAt: Date.now(),
  };
}

/**
 * Freezes the second screening consumer (SIGSTOP: no heartbeats) until the coordinator drops it
 * from the group and hands its partitions to the first, then thaws it (SIGCONT) and waits until
 * it has rejoined under a new member id: two rebalances, each seen on the broker.
 */
async function forceRebalance(stack: RunningStack, groupId: string, log: (line: string) => void): Promise<Fault> {
  const frozen = stack.services.get('screening#2')!;
  const before = await groupMembers(chaosKafkaBrokers, groupId);
  const injectedAt = Date.now();
  frozen.pause();
  log(`screening#2 frozen (SIGSTOP); waiting for the group to drop it`);
  const whileFrozen = await untilGroup(
    groupId,
    (members) => members.state === 'Stable' && members.memberIds.length < before.memberIds.length,
  );
  const droppedAfterSeconds = round((Date.now() - injectedAt) / 1000);
  frozen.resume();
  const restoredAt = Date.now();
  const after = await untilGroup(
    groupId,
    (members) => members.state === 'Stable' && members.memberIds.length === before.memberIds.length,
  );
  const rejoined = after && whileFrozen ? after.memberIds.filter((id) => !whileFrozen.memberIds.includes(id)) : [];
  return {
    kind: 'rebalance',
    target: 'screening#2 SIGSTOP/SIGCONT',
    injectedAt,
    restoredAt,
    detail: {
      membersBefore: before.memberIds,
      membersWhileFrozen: whileFrozen?.memberIds ?? 'never dropped within 120 s',
      membersAfter: after?.memberIds ?? 'never rejoined within 120 s',
      droppedAfterSeconds,
      rebalanced: whileFrozen !== undefined && rejoined.length === 1,
    },
  };
}

/** The group's membership once it meets the condition, or undefined if it has not after 120 s. */
async function untilGroup(
  groupId: string,
  condition: (members: GroupMembers) => boolean,
): Promise<GroupMembers | undefined> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const members = await groupMembers(chaosKafkaBrokers, groupId).catch(() => undefined);
    if (members && condition(members)) return members;
    await sleep(500);
  }
  return undefined;
}

/** Earlier referrals sent again, same keys and bodies, while new ones keep arriving. */
async function resubmit(load: ContactLoad, count: number): Promise<Fault> {
  const accepted = load.accepted;
  const step = Math.max(1, Math.floor(accepted.length / count));
  const chosen = accepted.filter((_, index) => index % step === 0).slice(0, count);
  const injectedAt = Date.now();
  await load.resubmit(chosen);
  return {
    kind: 'resubmit',
    target: `${chosen.length} idempotency keys`,
    injectedAt,
    restoredAt: Date.now(),
    detail: { keys: chosen.map((submission) => submission.key) },
  };
}

/** A percentile of contact → worklist latency of what was accepted in the last `spanMs` (missing counts as endless). */
async function liveLatency(
  load: ContactLoad,
  screening: ReturnType<typeof resilientPool>,
  spanMs: number,
  p: number,
): Promise<number> {
  const now = Date.now();
  const recent = load.accepted.filter((s) => s.acceptedAt! > now - spanMs && s.acceptedAt! < now - 1000);
  if (recent.length < 3) return Infinity;
  const cases = await casesByContact(
    screening,
    recent.map((s) => s.contactId!),
  ).catch(() => new Map<string, { firstCreatedAt: number }>());
  return percentile(
    recent.map((s) =>
      cases.has(s.contactId!) ? Math.max(0, cases.get(s.contactId!)!.firstCreatedAt - s.acceptedAt!) : Infinity,
    ),
    p,
  );
}

/**
 * Paces the run: true once nothing is queued, twice a second apart: intake's outbox has (almost)
 * nothing unsent and screening's group has (almost) nothing unread on the contact topic; false
 * if that has not happened within the scale's pace limit.
 */
async function untilCaughtUp(intake: Pool, groupId: string, namespace: string, scale: ChaosScale): Promise<boolean> {
  const deadline = Date.now() + scale.paceLimitSeconds * 1000;
  const topic = `${namespace}${Topics.ContactReceived.name}`;
  let inARow = 0;
  while (Date.now() < deadline) {
    const [unsent, lag] = await Promise.all([
      intake
        .query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages WHERE sent_at IS NULL')
        .then(({ rows }) => rows[0].n)
        .catch(() => Infinity),
      consumerLag(chaosKafkaBrokers, groupId, topic).catch(() => Infinity),
    ]);
    inARow = unsent <= scale.ratePerSecond && lag <= scale.ratePerSecond ? inARow + 1 : 0;
    if (inARow >= 2) return true;
    await sleep(1000);
  }
  return false;
}

/** Waits until every accepted contact has a case, or nothing has changed for a minute. */
async function untilSettled(
  load: ContactLoad,
  screening: ReturnType<typeof resilientPool>,
): Promise<Map<string, { cases: number; firstCreatedAt: number }>> {
  const ids = load.accepted.map((submission) => submission.contactId!);
  let cases = new Map<string, { cases: number; firstCreatedAt: number }>();
  let lastChange = Date.now();
  while (Date.now() - lastChange < 60_000) {
    const now = await casesByContact(screening, ids);
    if (now.size !== cases.size) lastChange = Date.now();
    cases = now;
    if (cases.size === ids.length) break;
    await sleep(1000);
  }
  return cases;
}

function verdict(input: {
  runId: string;
  scaleName: string;
  scale: ChaosScale;
  started: number;
  load: ContactLoad;
  faults: Fault[];
  cases: Map<string, { cases: number; firstCreatedAt: number }>;
  evidence: Awaited<ReturnType<typeof gatherEvidence>>;
}) {
  const { load, faults, cases, evidence } = input;
  const accepted = load.accepted;
  const latency = (s: Submission) =>
    cases.has(s.contactId!) ? Math.max(0, cases.get(s.contactId!)!.firstCreatedAt - s.acceptedAt!) : Infinity;
  const casesOf = (s: Submission) => (s.contactId ? (cases.get(s.contactId)?.cases ?? 0) : 0);
  const isLost = (s: Submission) => s.contactId !== undefined && casesOf(s) === 0;
  const isDuplicated = (s: Submission) =>
    casesOf(s) > 1 ||
    s.answeredIds.size > 1 ||
    (s.contactId !== undefined && evidence.idempotencyKeys.get(s.key) !== s.contactId) ||
    (s.contactId !== undefined && (evidence.contactEventsPerContact.get(s.contactId) ?? 0) > 1);
  const acceptedIn = (from: number, to: number) => accepted.filter((s) => s.acceptedAt! >= from && s.acceptedAt! < to);

  const outcomes: FaultOutcome[] = faults.map((fault) => {
    const before = acceptedIn(fault.injectedAt - input.scale.windowSeconds * 1000 - 1000, fault.injectedAt)
      .map(latency)
      .filter(Number.isFinite);
    const preFaultP50Ms = round(percentile(before, 50));
    const threshold = Math.max(preFaultP50Ms * NORMAL_FACTOR, preFaultP50Ms + NORMAL_SLACK_MS);
    let normalAfterSeconds: number | null = null;
    for (let from = fault.restoredAt; from < fault.restoredAt + 180_000; from += 500) {
      const window = acceptedIn(from, from + input.scale.windowSeconds * 1000).map(latency);
      if (window.length >= 3 && percentile(window, NORMAL_PERCENTILE) <= threshold) {
        normalAfterSeconds = round((from - fault.restoredAt) / 1000, 1);
        break;
      }
    }
    const until = fault.restoredAt + (normalAfterSeconds ?? RECOVERY_LIMIT_SECONDS) * 1000;
    const keys = new Set((fault.detail?.keys as string[] | undefined) ?? []);
    const affected =
      fault.kind === 'resubmit'
        ? load.submissions.filter((s) => keys.has(s.key))
        : load.submissions.filter((s) => s.firstTriedAt >= fault.injectedAt && s.firstTriedAt < until);
    const { keys: _keys, ...detail } = fault.detail ?? {};
    return {
      kind: fault.kind,
      target: fault.target,
      downSeconds: round((fault.restoredAt - fault.injectedAt) / 1000),
      submitted: affected.length,
      retried: affected.filter((s) => s.attempts > 1).length,
      lost: affected.filter(isLost).length,
      duplicated: affected.filter(isDuplicated).length,
      recovered: affected.filter((s) => s.contactId && !isLost(s) && !isDuplicated(s)).length,
      preFaultP50Ms,
      normalAfterSeconds,
      ...(Object.keys(detail).length ? { detail } : {}),
    };
  });

  const overall = {
    submitted: load.submissions.length,
    accepted: accepted.length,
    notAccepted: load.submissions.length - accepted.length,
    retried: load.submissions.filter((s) => s.attempts > 1).length,
    lost: accepted.filter(isLost).length,
    duplicated: accepted.filter(isDuplicated).length + evidence.casesForUnknownContacts,
    recovered: accepted.filter((s) => !isLost(s) && !isDuplicated(s)).length,
    contactsStoredByIntake: evidence.intakeContacts,
    contactsStoredTwice: evidence.intakeContacts - new Set(accepted.map((s) => s.contactId)).size,
    eventsAppliedMoreThanOnce: evidence.eventsAppliedMoreThanOnce,
    stuckEvents: evidence.stuckEvents,
    deadLettered: evidence.deadLettered,
    unsentOutboxRows: evidence.unsentOutboxRows,
    consumerLag: evidence.consumerLag,
    contactToWorklistP50Ms: round(percentile(accepted.map(latency).filter(Number.isFinite), 50)),
  };
  const failures = [
    ...(overall.lost ? [`${overall.lost} accepted contacts are not on the worklist`] : []),
    ...(overall.duplicated ? [`${overall.duplicated} contacts are duplicated`] : []),
    ...(overall.contactsStoredTwice
      ? [`intake stored ${overall.contactsStoredTwice} contacts more than accepted`]
      : []),
    ...(overall.eventsAppliedMoreThanOnce
      ? [`${overall.eventsAppliedMoreThanOnce} events applied more than once`]
      : []),
    ...(overall.stuckEvents ? [`${overall.stuckEvents} events neither applied nor dead-lettered`] : []),
    ...Object.entries(overall.unsentOutboxRows)
      .filter(([, unsent]) => unsent > 0)
      .map(([service, unsent]) => `${service} has ${unsent} outbox rows never sent`),
    ...(overall.consumerLag ? [`screening's group is ${overall.consumerLag} messages behind`] : []),
    ...(overall.notAccepted ? [`${overall.notAccepted} contacts were never accepted`] : []),
    ...outcomes
      .filter((o) => o.normalAfterSeconds === null || o.normalAfterSeconds > RECOVERY_LIMIT_SECONDS)
      .map((o) => `latency after ${o.kind} ${o.target} not normal within ${RECOVERY_LIMIT_SECONDS} s`),
    ...outcomes
      .filter((o) => o.kind === 'rebalance' && !o.detail?.rebalanced)
      .map(() => 'the frozen consumer did not cause a rebalance'),
  ];
  return {
    runId: input.runId,
    scale: input.scaleName,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: round(totalmem() / 2 ** 30, 1),
      node: process.version,
    },
    minutes: round((Date.now() - input.started) / 60_000, 1),
    ratePerSecond: input.scale.ratePerSecond,
    topic: Topics.ContactReceived.name,
    faults: outcomes,
    overall,
    failures,
    passed: failures.length === 0,
  };
}

type Results = ReturnType<typeof verdict>;

function markdown(r: Results): string {
  const rows = r.faults.map((o) => [
    `${o.kind} ${o.target}`,
    `${o.downSeconds} s`,
    o.submitted,
    o.retried,
    o.lost,
    o.duplicated,
    o.recovered,
    `${o.preFaultP50Ms} ms`,
    o.normalAfterSeconds === null ? 'never' : `${o.normalAfterSeconds} s`,
  ]);
  const all = r.overall;
  rows.push([
    '**overall**',
    '',
    all.accepted,
    all.retried,
    all.lost,
    all.duplicated,
    all.recovered,
    `${all.contactToWorklistP50Ms} ms`,
    '',
  ]);
  return [
    `Chaos ${r.runId} (${r.scale}, ${r.minutes} min) on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}: ${r.passed ? 'PASSED' : 'FAILED'}`,
    '',
    '| fault | down for | contacts in its window | retried | lost | duplicated | recovered | pre-fault p50 | latency normal again after |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `${all.accepted.toLocaleString('en-GB')} contacts accepted at ${r.ratePerSecond}/s (${all.notAccepted} never accepted); intake stored ${all.contactsStoredByIntake.toLocaleString('en-GB')}; ` +
      `events applied twice ${all.eventsAppliedMoreThanOnce}; stuck (neither applied nor dead-lettered) ${all.stuckEvents}; dead-lettered ${all.deadLettered}; ` +
      `unsent outbox rows ${Object.values(all.unsentOutboxRows).reduce((a, b) => a + b, 0)}; consumer lag ${all.consumerLag}.`,
    '',
    ...(r.failures.length ? ['Failures:', ...r.failures.map((failure) => `- ${failure}`), ''] : []),
  ].join('\n');
}

if (require.main === module) {
  const scale = process.env.CHAOS_SCALE === 'small' ? 'small' : 'full';
  runChaos(scale, join(__dirname, 'results'))
    .then((results) => process.exit(results.passed ? 0 : 1))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
