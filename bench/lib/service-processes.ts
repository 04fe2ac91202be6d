import { ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { residentMiB, sleep } from './stats';

const REPO_ROOT = join(__dirname, '..', '..');

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

export interface RunningService {
  name: string;
  url: string;
  pid: number;
  residentMiB(): number | null;
}

export interface RunningStack {
  services: Map<string, RunningService>;
  stop(): Promise<void>;
}

/**
 * Starts each service as its own OS process from its TypeScript source (as `npm start` does), on
 * its test database and a Kafka topic namespace of this run only, and waits until each is healthy.
 */
export async function startServices(
  names: string[],
  options: { portBase: number; namespace: string; logDir: string },
): Promise<RunningStack> {
  const children: { name: string; child: ChildProcess; url: string }[] = [];
  for (const name of names) {
    const port = options.portBase + PORT_OFFSETS[name];
    const log = openSync(join(options.logDir, `${name}.log`), 'w');
    const child = spawn(
      join(REPO_ROOT, 'node_modules/.bin/ts-node'),
      ['--swc', '-r', 'tsconfig-paths/register', `apps/${name}/src/main.ts`],
      {
        cwd: REPO_ROOT,
        detached: true,
        stdio: ['ignore', log, log],
        env: {
          ...process.env,
          NODE_ENV: 'test',
          AUTH_MODE: 'development',
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: `postgres://${name}@127.0.0.1:5432/frontdoor_${name}_test`,
          KAFKA_TOPIC_NAMESPACE: options.namespace,
          KAFKA_GROUP_ID: `${name}-bench`,
          KAFKA_CLIENT_ID: `${name}-bench`,
          // A police batch upload is one client: the per-client limit is not what is measured here.
          INTAKE_RATE_LIMIT_PER_MINUTE: '100000000',
        },
      },
    );
    children.push({ name, child, url: `http://127.0.0.1:${port}` });
  }
  const stop = async () => {
    for (const { child } of children) if (child.pid) signal(child.pid, 'SIGTERM');
    await sleep(3000);
    for (const { child } of children) if (child.pid) signal(child.pid, 'SIGKILL');
  };
  try {
    await Promise.all(children.map(({ name, url, child }) => waitHealthy(name, url, child)));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    services: new Map(
      children.map(({ name, child, url }) => [
        name,
        { name, url, pid: child.pid!, residentMiB: () => residentMiB(child.pid!) },
      ]),
    ),
    stop,
  };
}

async function waitHealthy(name: string, url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited during startup (see its bench log)`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${name} was not healthy after 120 s`);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(-pid, name); // the whole process group: ts-node and the service it runs
  } catch {
    // already gone
  }
}
