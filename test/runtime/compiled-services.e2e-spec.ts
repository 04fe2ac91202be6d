// What ships, started the way it ships: every service compiled to dist/ and started with the
// image's own CMD (read from the Dockerfile, not restated here), against the real Postgres, Redis
// and Kafka of the test run. Each must become live and ready, serve its API, and stop cleanly on
// SIGTERM as a container runtime asks it to. The image itself holds only production dependencies;
// this run has the whole node_modules, so a production import of a dev-only package would pass
// here and is caught by the image build instead (see docs/deployment.md).
import { testDatabaseUrl } from '@frontdoor/testing';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CompiledServiceProcess, freePort } from '../support/compiled-service-process';

const REPO_ROOT = join(__dirname, '..', '..');
const SERVICES = readdirSync(join(REPO_ROOT, 'apps')).filter((app) =>
  existsSync(join(REPO_ROOT, 'apps', app, 'src', 'main.ts')),
);
const WITH_DATABASE = SERVICES.filter((app) => existsSync(join(REPO_ROOT, 'apps', app, 'src', 'database')));

/** The exec-form CMD of the Dockerfile's last stage: what every image runs. */
function imageCommand(): string[] {
  const commands = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('CMD '));
  return JSON.parse(commands.at(-1)!.slice('CMD '.length)) as string[];
}

describe('the compiled services, started as their images start them', () => {
  jest.setTimeout(180_000);
  const running: CompiledServiceProcess[] = [];

  afterAll(async () => {
    await Promise.allSettled(running.map((service) => service.stop()));
  });

  it('the image runs deploy/runtime/start.js, which every local run uses too', () => {
    expect(imageCommand()).toEqual(['node', 'deploy/runtime/start.js']);
  });

  it('every service becomes live and ready, serves its API and stops cleanly on SIGTERM', async () => {
    const [, entry] = imageCommand();
    expect(SERVICES.length).toBeGreaterThanOrEqual(8);
    const started = await Promise.all(
      SERVICES.map(async (service) => {
        const process = new CompiledServiceProcess(service, service, {
          // NODE_ENV=test only so that these new consumer groups may start at the end of the
          // run's topics (KAFKA_FROM_BEGINNING=false) rather than replay every earlier suite's events.
          NODE_ENV: 'test',
          AUTH_MODE: 'development',
          HOST: '127.0.0.1',
          PORT: String(await freePort()),
          KAFKA_CLIENT_ID: `${service}-runtime-test`,
          KAFKA_GROUP_ID: `${service}-runtime-test-${Date.now()}`,
          KAFKA_FROM_BEGINNING: 'false',
          ...(WITH_DATABASE.includes(service) ? { DATABASE_URL: testDatabaseUrl(service) } : {}),
        });
        running.push(process.start(entry));
        return process;
      }),
    );

    for (const service of started) {
      await service.healthy(120_000, '/health/live');
      await service.healthy(60_000, '/health/ready');
      // The compiled code kept what runs only through decorators and copied files: the OpenAPI
      // document of an API, the templates of the portal.
      const page = service.service === 'portal' ? '/sign-in' : '/docs-json';
      const response = await fetch(`${service.baseUrl}${page}`);
      expect({ service: service.service, status: response.status }).toEqual({ service: service.service, status: 200 });
      if (page === '/docs-json') expect(((await response.json()) as { openapi: string }).openapi).toMatch(/^3\./);
      else expect(await response.text()).toContain('govuk-template');
    }

    // Nest closes the app on SIGTERM and then re-raises it, so a clean stop ends by that signal
    // (a container's exit status 143), within the grace period, without being killed.
    for (const service of started) {
      const graceful = await service.stop(20_000);
      expect({ service: service.service, graceful, exit: service.exit }).toEqual({
        service: service.service,
        graceful: true,
        exit: { code: null, signal: 'SIGTERM' },
      });
    }
  });

  it('refuses to start a service that was not built, saying which ones were', async () => {
    const [command, entry] = imageCommand();
    const failure = await promisify(execFile)(command === 'node' ? process.execPath : command, [entry], {
      cwd: REPO_ROOT,
      env: { ...process.env, APP: 'nosuchservice' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('APP=nosuchservice names no compiled service'),
    });
    expect((failure as { stderr: string }).stderr).toContain('screening');
  });

  it("migrates a service's database with the image's migration command, the one the Kubernetes Jobs run", async () => {
    const outputs = await Promise.all(
      WITH_DATABASE.map(async (service) => {
        const { stdout } = await promisify(execFile)(process.execPath, ['deploy/runtime/migrate.js'], {
          cwd: REPO_ROOT,
          env: { ...process.env, APP: service, DATABASE_URL: testDatabaseUrl(service) },
        });
        return stdout.trim();
      }),
    );
    // The test databases were migrated by infra.sh from the TypeScript migrations: the compiled
    // ones must be exactly the same set.
    expect(outputs).toEqual(WITH_DATABASE.map((service) => `${service}: up to date`));
  });
});
