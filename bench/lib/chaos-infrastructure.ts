import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PostgresServer } from '../../deploy/local/service-databases';

const run = promisify(execFile);
const REPO_ROOT = join(__dirname, '..', '..');

/**
 * What the chaos run stops and restarts: a Kafka broker and a Postgres cluster of its own, never
 * the shared ones (127.0.0.1:9092 and the machine's 15/main on 5432) that other test runs use.
 * deploy/local/chaos.sh creates and starts both with these same names and ports.
 */
export const CHAOS_INFRASTRUCTURE: {
  kafka: { instance: string; port: number; controllerPort: number };
  postgres: { cluster: string; port: number };
  redisUrl: string;
  databaseSuffix: string;
} = {
  kafka: { instance: 'chaos', port: 19092, controllerPort: 19093 },
  postgres: { cluster: 'chaos', port: 5433 },
  // The shared Redis server, in a database of its own (the others' stay untouched).
  redisUrl: 'redis://127.0.0.1:6379/3',
  databaseSuffix: 'chaos_test',
};

const SHARED_KAFKA_PORT = 9092;
const SHARED_POSTGRES_PORT = 5432;

export const chaosKafkaBrokers = `127.0.0.1:${CHAOS_INFRASTRUCTURE.kafka.port}`;
export const chaosPostgres: PostgresServer = { host: '127.0.0.1', port: CHAOS_INFRASTRUCTURE.postgres.port };

/** A last guard in case someone points the constants above at the shared infrastructure. */
function refuseShared(): void {
  const { kafka, postgres } = CHAOS_INFRASTRUCTURE;
  if (kafka.port === SHARED_KAFKA_PORT || !kafka.instance) throw new Error('refusing to stop the shared Kafka broker');
  if (postgres.port === SHARED_POSTGRES_PORT || postgres.cluster === 'main') {
    throw new Error("refusing to restart the machine's main Postgres cluster");
  }
}

async function kafkaScript(command: 'start' | 'stop'): Promise<void> {
  refuseShared();
  const { kafka } = CHAOS_INFRASTRUCTURE;
  await run('bash', [join(REPO_ROOT, 'deploy/local/kafka/kafka.sh'), command], {
    env: {
      ...process.env,
      KAFKA_INSTANCE: kafka.instance,
      KAFKA_PORT: String(kafka.port),
      KAFKA_CONTROLLER_PORT: String(kafka.controllerPort),
    },
  });
}

/** Stops the chaos broker (SIGTERM, as an orchestrator would) and waits until it is gone. */
export const stopChaosBroker = () => kafkaScript('stop');
/** Starts it again and waits until it serves metadata. */
export const startChaosBroker = () => kafkaScript('start');

/**
 * `pg_ctlcluster <version> chaos stop -m immediate` (no checkpoint, every connection cut), then
 * `start` after `downSeconds`: a restart in immediate mode, held down long enough that a consumer
 * meets the outage mid-message and must wait for it rather than give the message up.
 */
export async function restartChaosPostgresImmediately(downSeconds: number): Promise<void> {
  refuseShared();
  const { stdout } = await run('pg_lsclusters', ['--no-header']);
  const line = stdout.split('\n').find((row) => row.split(/\s+/)[1] === CHAOS_INFRASTRUCTURE.postgres.cluster);
  if (!line)
    throw new Error(`no Postgres cluster named ${CHAOS_INFRASTRUCTURE.postgres.cluster}: run deploy/local/chaos.sh`);
  const version = line.split(/\s+/)[0];
  const cluster = (...action: string[]) =>
    run('pg_ctlcluster', ['--skip-systemctl-redirect', version, CHAOS_INFRASTRUCTURE.postgres.cluster, ...action]);
  await cluster('stop', '-m', 'immediate');
  await new Promise((resolve) => setTimeout(resolve, downSeconds * 1000));
  await cluster('start');
}
