import { compiledServiceCommand, eventually } from '@frontdoor/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { AddressInfo, createServer } from 'node:net';

const LOG_LINES_KEPT = 200;

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * One service as a real OS process, compiled, as its image runs it (deploy/runtime/start.js), in a
 * process group of its own so that a kill takes it down whole, like a container being killed.
 */
export class CompiledServiceProcess {
  private readonly output: string[] = [];
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private readonly killOnExit = () => this.sendToGroup('SIGKILL');

  constructor(
    /** `screening`, or `screening#2` for a second instance. */
    readonly name: string,
    readonly service: string,
    private readonly env: Record<string, string>,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.env.PORT}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The process's last lines of output (its logs are quiet in tests: warnings and errors). */
  get log(): string {
    return this.output.join('\n');
  }

  /** Starts it with start.js, or with `entry` (the same file as the Dockerfile names it). */
  start(entry?: string): this {
    const { command, args, cwd } = compiledServiceCommand();
    const child = spawn(command, entry ? [entry] : args, {
      cwd,
      env: { ...process.env, ...this.env, APP: this.service },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        this.output.push(`[${this.name}] ${line}`);
        if (this.output.length > LOG_LINES_KEPT) this.output.shift();
      }
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    // Last resort if the test process exits without running afterAll (a crash, --forceExit): the
    // group is detached, so nothing else would take it down.
    process.once('exit', this.killOnExit);
    this.exited = new Promise((done) =>
      child.once('exit', (code, signal) => {
        this.output.push(`[${this.name}] exited (code ${code}, signal ${signal})`);
        done();
      }),
    );
    return this;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves when GET `path` answers 200; fails at once if the process dies first. */
  async healthy(timeoutMs = 30_000, path = '/health'): Promise<void> {
    await eventually(
      async () => {
        if (!this.running) throw new Error(`${this.name} exited before it was healthy:\n${this.log}`);
        const response = await fetch(`${this.baseUrl}${path}`).catch(() => undefined);
        return response?.status === 200 ? true : undefined;
      },
      { timeoutMs, intervalMs: 100, what: `${this.name} ${path} 200` },
    );
  }

  /** SIGKILL to the whole process group: no shutdown hooks, no consumer leaving its group. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** How the process ended: an exit code, or the signal that ended it (both null while it runs). */
  get exit(): { code: number | null; signal: NodeJS.Signals | null } {
    return { code: this.child?.exitCode ?? null, signal: this.child?.signalCode ?? null };
  }

  /**
   * Stops the process group: SIGTERM first (graceful), SIGKILL if it is still there after
   * `graceMs`. Resolves true when SIGTERM alone stopped it.
   */
  async stop(graceMs = 5_000): Promise<boolean> {
    if (!this.child?.pid) return false;
    this.sendToGroup('SIGTERM');
    const stopped = await Promise.race([
      this.groupGone().then(() => true),
      new Promise<boolean>((done) => setTimeout(() => done(false), graceMs).unref()),
    ]);
    if (!stopped) await this.signal('SIGKILL');
    return stopped;
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    if (!this.child?.pid) return;
    this.sendToGroup(signal);
    await this.groupGone();
  }

  private sendToGroup(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.child!.pid!, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }

  /** Every process of the group has gone. */
  private async groupGone(): Promise<void> {
    await this.exited;
    await eventually(
      () => {
        try {
          process.kill(-this.child!.pid!, 0);
          return undefined;
        } catch (error) {
          return (error as NodeJS.ErrnoException).code === 'ESRCH' ? true : undefined;
        }
      },
      { timeoutMs: 10_000, intervalMs: 20, what: `${this.name}'s process group to be gone` },
    );
    process.removeListener('exit', this.killOnExit);
  }
}
