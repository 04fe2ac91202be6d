// Run by tracing.e2e-spec.ts in a process of its own (Jest's module loader bypasses the patching
// OpenTelemetry relies on): starts tracing as main.ts does, then makes an HTTP call and a query.
import { startTracing } from '../src/start-tracing';

async function main(): Promise<void> {
  const sdk = await startTracing('tracing-check');
  const http = await import('node:http');
  const { Client } = await import('pg');
  const server = http.createServer((_request, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve, reject) =>
    http.get(`http://127.0.0.1:${port}/probe`, (response) => response.resume().on('end', resolve)).on('error', reject),
  );
  server.close();
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('SELECT 1 AS traced');
  await client.end();
  await sdk?.shutdown();
  process.stdout.write(`tracing ${sdk ? 'on' : 'off'}\n`);
}

void main();
