import { testDatabaseUrl } from '@frontdoor/testing';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The process as a service's main.ts starts it, with the tracing variables it is given. */
async function tracedProcess(env: Record<string, string>): Promise<string> {
  const { stdout } = await run('node', ['-r', 'ts-node/register', join(__dirname, 'traced-process.ts')], {
    cwd: join(__dirname, '..', '..', '..'),
    env: {
      ...process.env,
      TS_NODE_SWC: 'true',
      DATABASE_URL: testDatabaseUrl('intake'),
      OTEL_SDK_DISABLED: '',
      OTEL_TRACES_EXPORTER: '',
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '',
      ...env,
    },
    timeout: 60_000,
  });
  return stdout;
}

describe('OpenTelemetry tracing in a service process', () => {
  it('exports HTTP server, client and Postgres spans when switched on', async () => {
    const output = await tracedProcess({ OTEL_TRACES_EXPORTER: 'console' });
    expect(output).toContain('tracing on');
    expect(output).toMatch(/name: 'GET'/);
    expect(output).toMatch(/kind: 1,/); // server
    expect(output).toMatch(/kind: 2,/); // client
    expect(output).toMatch(/SELECT 1 AS traced/);
    expect(output).toMatch(/'service.name': 'tracing-check'/);
  });

  it('starts nothing and exports nothing when not asked for', async () => {
    const output = await tracedProcess({});
    expect(output.trim()).toBe('tracing off');
  });
});
