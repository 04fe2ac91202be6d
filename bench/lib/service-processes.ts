import { compiledServiceCommand } from '@frontdoor/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresServer, localDatabaseUrl } from '../../deploy/local/service-databases';
import { residentMiB, sleep } from './stats';

const HEALTHY_WITHIN_MS = 120_000;

/** The ports `npm start` uses, shifted by `portBase - 3000` so a bench can run beside it. */
const PORT_OFFSETS: Record<string, number> = {
  intake: 1,
  screening: 2,
  police: 3,
  health: 4,
  education: 5,
  marac: 6,
  strategy: 7,
};

/** Where the services of one run keep their state: databases, broker, Redis, topic namespace. */
export interface StackSettings {
  portBase: number;
  /** Prefix on every topic name, so one run never reads another's events. */
  namespace: string;
  logDir: string;
  /** Each service uses frontdoor_<service>_<databaseSuffix> on `postgres`. */
  databaseSuffix: string;
  postgres: PostgresServer;
  kafkaBrokers: string;
  redisUrl: string;
  /** Consumer group (and client id) of each service: `<service>-<groupSuffix>`. */
  groupSuffix: string;
  /** KAFKA_SESSION_TIMEOUT_MS for every consumer; unset: the services' default. */
  sessionTimeoutMs?: number;
}

/**
 * One service as a real OS process, compiled, as `npm start` and its image run it
 * (deploy/runtime/start.js), in a process group of its own (like a container runtime killing a
 * container). Can be killed, paused and started again on the same port.
 */
export class ServiceProcess {
  private child?: ChildProcess;

  constructor(
    /** `screening`, or `screening#2` for a second instance in the same consumer group. */
    readonly name: string,
    readonly service: string,
    private readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    if (!this.child?.pid) throw new Error(`${this.name} has not been started`);
    return this.child.pid;
  }

  residentMiB(): number | null {
    return this.child?.pid ? residentMiB(this.child.pid) : null;
  }

  start(): this {
    const log = openSync(this.logFile, 'a');
    const { command, args, cwd } = compiledServiceCommand();
    this.child = spawn(command, args, {
      cwd,
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...this.env, APP: this.service },
    });
    return this;
  }

  /** Resolves when GET /health answers 200; fails at once if the process exits first. */
  async healthy(timeoutMs = HEALTHY_WITHIN_MS): Promise<void> {
    const child = this.child!;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${this.name} exited during startup (see ${this.logFile})`);
      }
      try {
        const response = await fetch(`${this.url}/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(500);
    }
    throw new Error(`${this.name} was not healthy after ${timeoutMs / 1000} s (see ${this.logFile})`);
  }

  /** kill -9 of the whole group: no shutdown hooks, no consumer leaving its group, no last commit. */
  async kill(): Promise<void> {
    this.signal('SIGKILL');
    await this.groupGone();
  }

  /** SIGSTOP: the process is frozen (no heartbeats) but keeps its sockets, like a long GC pause. */
  pause(): void {
    this.signal('SIGSTOP');
  }

  resume(): void {
    this.signal('SIGCONT');
  }

  /** SIGTERM (graceful shutdown), then SIGKILL whatever is left after `graceMs`. */
  async stop(graceMs = 3000): Promise<void> {
    if (!this.child?.pid) return;
    this.signal('SIGCONT');
    this.signal('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && this.groupAlive()) await sleep(100);
    if (this.groupAlive()) await this.kill();
  }

  private signal(name: NodeJS.Signals): void {
    try {
      process.kill(-this.pid, name);
    } catch {
      // already gone
    }
  }

  private groupAlive(): boolean {
    try {
      process.kill(-this.pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  private async groupGone(): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (this.groupAlive() && Date.now() < deadline) await sleep(20);
  }
}

export interface RunningStack {
  services: Map<string, ServiceProcess>;
  stop(): Promise<void>;
}

/** The environment a service runs with in a bench or chaos run. */
function serviceEnv(service: string, port: number, settings: StackSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    AUTH_MODE: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: localDatabaseUrl(service, settings.databaseSuffix, settings.postgres),
    KAFKA_BROKERS: settings.kafkaBrokers,
    KAFKA_TOPIC_NAMESPACE: settings.namespace,
    KAFKA_GROUP_ID: `${service}-${settings.groupSuffix}`,
    KAFKA_CLIENT_ID: `${service}-${settings.groupSuffix}`,
    REDIS_URL: settings.redisUrl,
    ...(settings.sessionTimeoutMs ? { KAFKA_SESSION_TIMEOUT_MS: String(settings.sessionTimeoutMs) } : {}),
    // A police batch upload is one client: the per-client limit is not what is measured here.
    INTAKE_RATE_LIMIT_PER_MINUTE: '100000000',
  };
}

/**
 * Starts each named service as its own process (`screening#2` is a second screening in the same
 * consumer group, on the next free port ten up) and waits until every one is healthy.
 */
export async function startServices(names: string[], settings: StackSettings): Promise<RunningStack> {
  const processes = names.map((name) => {
    const [service, instance = '1'] = name.split('#');
    const port = settings.portBase + PORT_OFFSETS[service] + 10 * (Number(instance) - 1);
    const logFile = join(settings.logDir, `${name.replace('#', '-')}.log`);
    return new ServiceProcess(name, service, port, serviceEnv(service, port, settings), logFile);
  });
  const stop = async () => {
    await Promise.all(processes.map((service) => service.stop()));
  };
  try {
    for (const service of processes) service.start();
    await Promise.all(processes.map((service) => service.healthy()));
  } catch (error) {
    await stop();
    throw error;
  }
  return { services: new Map(processes.map((service) => [service.name, service])), stop };
}
