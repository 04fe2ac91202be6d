import { Role } from '@frontdoor/auth';
import { bearer, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OpenApiDocument, operationsOf, requestExamples } from '../../../test/openapi/openapi-document';
import { PUBLIC_PATHS } from '../../../test/security/access-policy';
import { EXAMPLE_DISCUSSION_REQUEST } from '../src/discussions/discussion.example';
import { EXAMPLE_OUTCOME } from '../src/outcomes/outcome.example';
import { createStrategyApp } from '../src/strategy.app';

/**
 * strategy's API documentation: served without a token, every route documented and protected, and
 * every request body Swagger UI offers in "Try it out" accepted by its route as it stands.
 */
describe('strategy OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenApiDocument;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    useServiceTestEnvironment('strategy', '-openapi');
    ({ app } = await createStrategyApp());
    await app.init();
    for (const role of [Role.Screener, Role.Manager]) tokens.set(role, await tokenFor(role));
    document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body as OpenApiDocument;
  });

  afterAll(async () => app?.close());

  const send = (method: string, path: string, role: Role, body?: unknown) => {
    const agent = request(app.getHttpServer()) as unknown as Record<string, (url: string) => request.Test>;
    const call = agent[method](path).set(bearer(tokens.get(role)!));
    return body === undefined ? call : call.send(body as object);
  };

  async function discussion(): Promise<string> {
    const { body } = await send('post', '/strategy-discussions', Role.Screener, EXAMPLE_DISCUSSION_REQUEST).expect(201);
    return body.id;
  }

  async function heldDiscussion(): Promise<string> {
    const id = await discussion();
    await send('post', `/strategy-discussions/${id}/outcome`, Role.Manager, EXAMPLE_OUTCOME).expect(200);
    return id;
  }

  // How a user would try out each operation that takes a body; a new one fails the test until added.
  const TRY_IT_OUT: Record<string, { role: Role; status: number; prepare(): Promise<Record<string, string>> }> = {
    'post /strategy-discussions': { role: Role.Screener, status: 201, prepare: async () => ({}) },
    'post /strategy-discussions/{id}/outcome': {
      role: Role.Manager,
      status: 200,
      prepare: async () => ({ id: await discussion() }),
    },
    'post /strategy-discussions/{id}/record-circulated': {
      role: Role.Manager,
      status: 200,
      prepare: async () => ({ id: await heldDiscussion() }),
    },
  };

  it('documents every operation with responses, and answers 401 without a token', async () => {
    const operations = operationsOf(document);
    expect(operations.filter(({ operation }) => !Object.keys(operation.responses ?? {}).length)).toEqual([]);
    for (const { method, path } of operations.filter((op) => !PUBLIC_PATHS.includes(op.path))) {
      const url = path.replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000');
      const agent = request(app.getHttpServer()) as unknown as Record<string, (url: string) => request.Test>;
      const response = await agent[method](url).send({});
      expect(`${method} ${path} ${response.status}`).toBe(`${method} ${path} 401`);
    }
    await request(app.getHttpServer()).get('/health').expect(200);
  });

  it('offers an example body for every operation that takes one, and each is accepted', async () => {
    const withBodies = operationsOf(document).filter(({ operation }) => operation.requestBody);
    expect(withBodies.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(Object.keys(TRY_IT_OUT).sort());
    for (const { method, path, operation } of withBodies) {
      const key = `${method} ${path}`;
      const { examples, missing } = requestExamples(document, operation.requestBody!.content['application/json']);
      expect(`${key}: ${missing.join(', ')}`).toBe(`${key}: `);
      expect(examples.length).toBeGreaterThan(0);
      const tryItOut = TRY_IT_OUT[key];
      for (const example of examples) {
        const params = await tryItOut.prepare();
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
        const response = await send(method, url, tryItOut.role, example.value);
        expect(`${key} ${response.status} ${JSON.stringify(response.body)}`).toMatch(
          new RegExp(`^${key.replace(/[{}/]/g, '.')} ${tryItOut.status} `),
        );
      }
    }
  });

  it('refuses bad input with problem details and stores nothing', async () => {
    const count = async () =>
      (await app.get(DataSource).query('SELECT count(*)::int AS n FROM strategy_discussions'))[0].n as number;
    const before = await count();
    const bad = await send('post', '/strategy-discussions', Role.Screener, {
      ...EXAMPLE_DISCUSSION_REQUEST,
      rag: 'purple',
      children: [],
      extra: 'not allowed',
    }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(await count()).toBe(before);
    await send('post', '/strategy-discussions', Role.Manager, { ...EXAMPLE_DISCUSSION_REQUEST }).expect(201);
  });
});
