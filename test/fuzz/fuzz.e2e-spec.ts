import { Role } from '@frontdoor/auth';
import { bearer, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OpenApiDocument, SchemaObject, operationsOf, requestExamples, resolveRef } from '../openapi/openapi-document';
import { ACCESS_POLICY, ANY_SIGNED_IN } from '../security/access-policy';
import { ApiService, startHttpSides } from '../security/service-apps';
import { Hostile, hostileBodies, hostileText } from './hostile-payloads';

/**
 * Hostile input on every HTTP route that takes a body or a query, generated from its OpenAPI
 * example: never a 5xx; every 4xx a problem-details document; and a body no valid request could
 * look like changes nothing in the service's database (nothing stored, nothing in the outbox).
 *
 * `FUZZ_RUNS` payloads per route (npm test: a few dozen; `npm run fuzz`: 10,000), from `FUZZ_SEED`.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// Some 25 routes, a few milliseconds a payload: generous, so only a hang fails on time.
jest.setTimeout(Math.max(90_000, RUNS * 250));

interface RouteReport {
  route: string;
  payloads: number;
  byStatus: Record<string, number>;
}

describe(`hostile input on every route (${RUNS} per route, seed ${SEED})`, () => {
  let apps: Map<ApiService, INestApplication>;
  const documents = new Map<ApiService, OpenApiDocument>();
  const tokens = new Map<Role, string>();
  const reports: RouteReport[] = [];

  beforeAll(async () => {
    apps = await startHttpSides();
    for (const role of Object.values(Role)) tokens.set(role, await tokenFor(role, { roles: [role] }));
    for (const [service, app] of apps) {
      documents.set(service, (await request(app.getHttpServer()).get('/docs-json').expect(200)).body);
    }
  }, 120_000);

  afterAll(async () => {
    for (const app of apps?.values() ?? []) await app.close();
    const rows = reports.map(
      (r) => `${r.route.padEnd(60)} ${String(r.payloads).padStart(6)}  ${JSON.stringify(r.byStatus)}`,
    );
    console.log(`fuzz (seed ${SEED}): route, payloads, responses by status\n${rows.join('\n')}`);
  });

  /** A role the policy lets through, so the request reaches validation rather than the guard. */
  function tokenForRoute(key: string): string {
    const allowed = ACCESS_POLICY[key];
    const role = allowed === ANY_SIGNED_IN || !allowed ? Role.Screener : allowed[0];
    return tokens.get(role)!;
  }

  async function rowCounts(app: INestApplication): Promise<Record<string, number>> {
    const dataSource = app.get(DataSource);
    const tables: { name: string }[] = await dataSource.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      counts[name] = Number((await dataSource.query(`SELECT count(*) AS n FROM "${name}"`))[0].n);
    }
    return counts;
  }

  function send(app: INestApplication, method: string, url: string, token: string, body?: unknown): request.Test {
    const agent = request(app.getHttpServer()) as unknown as Record<string, (u: string) => request.Test>;
    const call = agent[method](url).set(bearer(token));
    // JSON.stringify, not supertest's own: a string, number or null must go as a JSON body too.
    return body === undefined ? call : call.set('Content-Type', 'application/json').send(JSON.stringify(body));
  }

  function problemsWith(response: request.Response): string | undefined {
    if (response.status >= 500) return `${response.status} server error`;
    if (response.status >= 400) {
      const isProblem = String(response.headers['content-type']).includes('application/problem+json');
      if (!isProblem || typeof response.body?.title !== 'string' || typeof response.body?.detail !== 'string') {
        return `${response.status} without problem details: ${String(response.text).slice(0, 200)}`;
      }
    }
    return undefined;
  }

  it('answers hostile bodies with a clear 4xx and stores nothing', async () => {
    const failures: string[] = [];
    for (const [service, document] of documents) {
      const app = apps.get(service)!;
      for (const { method, path, operation } of operationsOf(document)) {
        const media = operation.requestBody?.content['application/json'];
        if (!media) continue;
        const key = `${service} ${method.toUpperCase()} ${path}`;
        const example = requestExamples(document, media).examples[0]?.value;
        if (!example || typeof example !== 'object' || Array.isArray(example)) continue;
        const schema: SchemaObject = media.schema?.$ref
          ? resolveRef(document, media.schema.$ref)
          : (media.schema ?? {});
        const payloads: Hostile[] = fc.sample(
          hostileBodies(example as Record<string, unknown>, schema.required ?? []),
          {
            numRuns: RUNS,
            seed: SEED,
          },
        );
        const url = path.replace(/\{(\w+)\}/g, () => randomUUID());
        const token = tokenForRoute(key);
        const report: RouteReport = { route: key, payloads: payloads.length, byStatus: {} };
        reports.push(report);

        const before = await rowCounts(app);
        for (const hostile of payloads.filter((p) => p.certainlyInvalid)) {
          const response = await send(app, method, url, token, hostile.body);
          report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
          const problem =
            problemsWith(response) ?? (response.status < 400 ? `${response.status}: accepted` : undefined);
          if (problem)
            failures.push(`${key} (${hostile.kind}): ${problem} for ${JSON.stringify(hostile.body).slice(0, 300)}`);
        }
        const after = await rowCounts(app);
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          failures.push(`${key}: refused bodies changed the database ${JSON.stringify({ before, after })}`);
        }
        for (const hostile of payloads.filter((p) => !p.certainlyInvalid)) {
          const response = await send(app, method, url, token, hostile.body);
          report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1;
          const problem = problemsWith(response);
          if (problem)
            failures.push(`${key} (${hostile.kind}): ${problem} for ${JSON.stringify(hostile.body).slice(0, 300)}`);
        }
      }
    }
    expect(reports.length).toBeGreaterThan(15);
    expect(failures.slice(0, 30)).toEqual([]);
  });

  it('answers hostile query strings and path ids without a server error', async () => {
    const failures: string[] = [];
    const texts = fc.sample(hostileText, { numRuns: Math.max(10, Math.floor(RUNS / 4)), seed: SEED });
    for (const [service, document] of documents) {
      const app = apps.get(service)!;
      for (const { method, path, operation } of operationsOf(document)) {
        if (method !== 'get' || path === '/health' || path.startsWith('/docs')) continue;
        const key = `${service} GET ${path}`;
        const queryNames = ((operation as { parameters?: { in: string; name: string }[] }).parameters ?? [])
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => parameter.name);
        for (const text of texts) {
          // Node refuses a request line over 16 KB itself (431, before the app): keep the URL within 8 KB.
          const value = encodeWithin(text, Math.floor(8000 / Math.max(1, queryNames.length + 1)));
          const query = queryNames.map((name) => `${name}=${value}`).join('&');
          const url = `${path.replace(/\{(\w+)\}/g, () => value)}${query ? `?${query}` : ''}`;
          const response = await send(app, 'get', url, tokenForRoute(key));
          const problem = problemsWith(response);
          if (problem) failures.push(`${key} with ${JSON.stringify(text.slice(0, 40))}: ${problem}`);
        }
      }
    }
    expect(failures.slice(0, 30)).toEqual([]);
  });
});

/** The longest prefix of `text` whose URL encoding fits in `limit` characters, encoded. */
function encodeWithin(text: string, limit: number): string {
  let encoded = '';
  for (const character of text) {
    const next = encoded + encodeCharacter(character);
    if (next.length > limit) break;
    encoded = next;
  }
  return encoded;
}

/** A lone surrogate has no UTF-8 form: send the invalid bytes a broken client would. */
function encodeCharacter(character: string): string {
  try {
    return encodeURIComponent(character);
  } catch {
    return '%ED%A0%80';
  }
}
