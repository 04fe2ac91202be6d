import { Role } from '@frontdoor/auth';
import { ConcernCategory, ContactDetailsV1, LevelOfNeed, ScreeningOutcome } from '@frontdoor/contracts';
import { generateNhsNumber } from '@frontdoor/identifiers';
import { RunningClock, TEST_RUN_ID, bearer, eventually, lastWorkingDayAt, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { EXAMPLE_CONTACT } from '../../apps/intake/src/contacts/contact.example';
import { FrontDoorStack, startFrontDoorStack } from '../support/front-door-stack';
import { OpenApiDocument, Operation, operationsOf, refsIn, requestExamples, resolveRef } from './openapi-document';

/**
 * The API documentation is part of the product: served without a token, valid OpenAPI 3, and
 * every request body it offers in "Try it out" is accepted by the route as it stands.
 */

type AppName = 'intake' | 'screening';
const APPS: AppName[] = ['intake', 'screening'];

/** Routes anyone may call: probes and the documentation itself. */
const isPublicPath = (path: string) =>
  path === '/health' ||
  path.startsWith('/health/') ||
  path === '/metrics' ||
  path === '/docs' ||
  path.startsWith('/docs/') ||
  path.startsWith('/docs-');

interface TryItOut {
  /** Who a user trying this out would be. */
  role: Role;
  status: number;
  /** Brings the world into the state the operation needs; returns its path parameters. */
  prepare(): Promise<Record<string, string>>;
}

describe('OpenAPI documents', () => {
  let stack: FrontDoorStack;
  const tokens = new Map<Role, string>();
  const documents = new Map<AppName, OpenApiDocument>();

  beforeAll(async () => {
    // An evening on screening's clock, so a red example lands in the emergency duty team's queue
    // (amber and green, the other examples, are the front door's whatever the hour).
    stack = await startFrontDoorStack({
      screeningClock: new RunningClock(lastWorkingDayAt({ hours: 21, minutes: 31 })),
    });
    for (const role of [
      Role.SchoolDsl,
      Role.Screener,
      Role.Manager,
      Role.PoliceOfficer,
      Role.EmergencyDutySocialWorker,
    ]) {
      tokens.set(role, await tokenFor(role));
    }
    for (const name of APPS) {
      const response = await request(app(name).getHttpServer()).get('/docs-json');
      if (response.status === 200) documents.set(name, response.body as OpenApiDocument);
    }
  });

  afterAll(async () => {
    await stack?.close();
  });

  function app(name: AppName): INestApplication {
    return name === 'intake' ? stack.intake : stack.screening;
  }

  function documentOf(name: AppName): OpenApiDocument {
    const document = documents.get(name);
    if (!document) throw new Error(`${name} did not serve /docs-json`);
    return document;
  }

  /** What Express will actually answer, documented or not. */
  function registeredRoutes(name: AppName): { method: string; path: string }[] {
    const express = app(name).getHttpAdapter().getInstance();
    const stackLayers: { route?: { path: string; methods: Record<string, boolean> } }[] = (
      express.router ?? express._router
    ).stack;
    return (
      stackLayers
        // Middleware for every path (logging, correlation ids, metrics) is mounted as a catch-all route.
        .filter((layer) => layer.route && layer.route.path !== '{/*splat}')
        .flatMap((layer) =>
          Object.keys(layer.route!.methods)
            .filter((method) => method !== '_all')
            .map((method) => ({ method, path: layer.route!.path })),
        )
    );
  }

  function call(name: AppName, method: string, url: string): request.Test {
    const agent = request(app(name).getHttpServer()) as unknown as Record<string, (url: string) => request.Test>;
    return agent[method](url);
  }

  const toOpenApiPath = (expressPath: string) => expressPath.replace(/:(\w+)/g, '{$1}');
  const withParams = (path: string, params: Record<string, string>) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? randomUUID());

  describe.each(APPS)('%s', (name) => {
    it('serves its OpenAPI 3 document at /docs-json without a token', async () => {
      const response = await request(app(name).getHttpServer()).get('/docs-json').expect(200);

      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const document = response.body as OpenApiDocument;
      expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
      expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
      expect(Object.keys(document.paths).length).toBeGreaterThan(1);
      const operations = operationsOf(document);
      const withoutResponses = operations.filter(({ operation }) => !Object.keys(operation.responses ?? {}).length);
      expect(withoutResponses.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
      const operationIds = operations.map(({ operation }) => operation.operationId);
      expect(new Set(operationIds).size).toBe(operationIds.length);
      for (const ref of new Set(refsIn(document))) expect(() => resolveRef(document, ref)).not.toThrow();
      // Bearer tokens are declared and required, so "Authorize" in Swagger UI works.
      expect(document.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(document.security).toEqual([{ bearer: [] }]);
    });

    it('serves Swagger UI at /docs without a token', async () => {
      const response = await request(app(name).getHttpServer()).get('/docs').redirects(1).expect(200);

      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('swagger-ui');
    });

    it('documents every route it serves, and serves every route it documents', () => {
      const served = registeredRoutes(name)
        .filter((route) => !isPublicPath(route.path) || route.path.startsWith('/health') || route.path === '/metrics')
        .map((route) => `${route.method} ${toOpenApiPath(route.path)}`)
        .sort();
      const documented = operationsOf(documentOf(name))
        .map(({ method, path }) => `${method} ${path}`)
        .sort();

      expect(served).toEqual(documented);
    });

    it('answers 401 on every route but /health and /docs when there is no token', async () => {
      const routes = [
        ...new Map(
          [
            ...registeredRoutes(name).map((route) => ({ method: route.method, path: toOpenApiPath(route.path) })),
            ...operationsOf(documentOf(name)).map(({ method, path }) => ({ method, path })),
          ].map((route) => [`${route.method} ${route.path}`, route]),
        ).values(),
      ];
      const protectedRoutes = routes.filter((route) => !isPublicPath(route.path));
      expect(protectedRoutes.length).toBeGreaterThan(0);

      const answers: Record<string, number> = {};
      for (const route of protectedRoutes) {
        const sent = call(name, route.method, withParams(route.path, {}));
        const response = await (route.method === 'get' ? sent : sent.send({}));
        answers[`${route.method} ${route.path}`] = response.status;
        if (response.status === 401) expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
      }
      expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((key) => [key, 401])));

      await request(app(name).getHttpServer()).get('/health').expect(200);
    });
  });

  describe('"Try it out" request bodies', () => {
    async function submitContact(body: ContactDetailsV1): Promise<{ contactId: string; reference: string }> {
      const response = await request(stack.intake.getHttpServer())
        .post('/contacts')
        .set(bearer(tokens.get(Role.SchoolDsl)!))
        .send(body)
        .expect(201);
      return response.body;
    }

    async function caseOnWorklist({ contactId, reference }: { contactId: string; reference: string }): Promise<string> {
      return eventually(
        async () => {
          const response = await request(stack.screening.getHttpServer())
            .get(`/worklist?reference=${reference}`)
            .set(bearer(tokens.get(Role.Screener)!))
            .expect(200);
          const items = response.body as { contactId: string; caseId: string }[];
          return items.find((item) => item.contactId === contactId)?.caseId;
        },
        { what: `contact ${reference} on the worklist` },
      );
    }

    /**
     * A fresh open case about a child no other test uses (not the example's Sam, who is in every
     * test). `joint`: about domestic abuse, like the example, so social care, police and the DA
     * advisor decide it jointly; `single`: about neglect, so a screener decides it alone.
     */
    async function openCase(kind: 'joint' | 'single'): Promise<string> {
      const body = structuredClone(EXAMPLE_CONTACT) as ContactDetailsV1;
      body.children[0] = {
        ...body.children[0],
        firstName: 'Robin',
        lastName: `Tryitout-${TEST_RUN_ID}`,
        nhsNumber: generateNhsNumber(),
      };
      if (kind === 'single') body.concerns.categories = [ConcernCategory.Neglect];
      body.concerns.narrative = `${body.concerns.narrative} [openapi-${TEST_RUN_ID}-${randomUUID()}]`;
      return caseOnWorklist(await submitContact(body));
    }

    /** A red contact the emergency duty team holds tonight. */
    async function emergencyDutyCase(): Promise<string> {
      const body = structuredClone(EXAMPLE_CONTACT) as ContactDetailsV1;
      body.children[0] = { ...body.children[0], lastName: `Tryitout-${TEST_RUN_ID}`, nhsNumber: generateNhsNumber() };
      body.concerns.immediateDanger = true;
      const { reference } = await submitContact(body);
      return eventually(
        async () => {
          const response = await request(stack.screening.getHttpServer())
            .get('/emergency-duty/queue')
            .set(bearer(tokens.get(Role.EmergencyDutySocialWorker)!))
            .expect(200);
          return (response.body as { reference: string; caseId: string }[]).find((item) => item.reference === reference)
            ?.caseId;
        },
        { what: `contact ${reference} in the emergency duty team's queue` },
      );
    }

    async function caseAwaitingSignOff(): Promise<string> {
      const caseId = await openCase('single');
      await request(stack.screening.getHttpServer())
        .post(`/cases/${caseId}/decision`)
        .set(bearer(tokens.get(Role.Screener)!))
        .send({
          outcome: ScreeningOutcome.EarlyHelp,
          levelOfNeed: LevelOfNeed.EarlyHelp,
          rationale: 'Needs are met by early help; no statutory threshold.',
          childsVoiceConsidered: true,
          childsVoiceSummary: 'Wants things to be calmer at home.',
          referrerFeedback: 'Early help will contact the family.',
        })
        .expect(201);
      return caseId;
    }

    // Every operation with a request body, and how a user would try it out. A new one fails the
    // test below until it is added here.
    const TRY_IT_OUT: Record<string, TryItOut> = {
      'intake post /contacts': { role: Role.SchoolDsl, status: 201, prepare: async () => ({}) },
      'screening post /cases/{id}/decision': {
        role: Role.Screener,
        status: 201,
        prepare: async () => ({ id: await openCase('single') }),
      },
      // The decision above was made by a screener; the manager signing off is someone else.
      'screening post /cases/{id}/decision/approve': {
        role: Role.Manager,
        status: 200,
        prepare: async () => ({ id: await caseAwaitingSignOff() }),
      },
      'screening post /cases/{id}/decision/return': {
        role: Role.Manager,
        status: 200,
        prepare: async () => ({ id: await caseAwaitingSignOff() }),
      },
      'screening post /cases/{id}/emergency-duty/records': {
        role: Role.EmergencyDutySocialWorker,
        status: 201,
        prepare: async () => ({ id: await emergencyDutyCase() }),
      },
      'screening post /cases/{id}/information-requests': {
        role: Role.Screener,
        status: 201,
        prepare: async () => ({ id: await openCase('single') }),
      },
      // The example's screener is demo-screener-1, allocatable once they have used screening: openCase
      // finds the case on the worklist as them.
      'screening put /cases/{id}/allocation': {
        role: Role.Manager,
        status: 200,
        prepare: async () => ({ id: await openCase('single') }),
      },
      'screening post /cases/{id}/joint-decision/views': {
        role: Role.PoliceOfficer,
        status: 201,
        prepare: async () => ({ id: await openCase('joint') }),
      },
    };

    function operationsWithBodies(): (Operation & { app: AppName; key: string })[] {
      return APPS.flatMap((name) =>
        operationsOf(documentOf(name))
          .filter(({ operation }) => operation.requestBody)
          .map((operation) => ({ ...operation, app: name, key: `${name} ${operation.method} ${operation.path}` })),
      );
    }

    it('are offered for every operation that takes a body', () => {
      const operations = operationsWithBodies();
      expect(operations.map((op) => op.key).sort()).toEqual(Object.keys(TRY_IT_OUT).sort());

      const problems = operations.flatMap(({ app: name, key, operation }) => {
        const media = operation.requestBody!.content['application/json'];
        if (!media) return [`${key}: no application/json body`];
        const { examples, missing } = requestExamples(documentOf(name), media);
        return [...(examples.length === 0 ? [`${key}: no example`] : []), ...missing.map((m) => `${key}: ${m}`)];
      });
      expect(problems).toEqual([]);
    });

    it('are accepted by the real routes as they stand', async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const { app: name, key, path, method, operation } of operationsWithBodies()) {
        const tryIt = TRY_IT_OUT[key];
        if (!tryIt) continue; // reported by the test above
        const media = operation.requestBody!.content['application/json'];
        for (const example of requestExamples(documentOf(name), media).examples) {
          const label = `${key} (${example.name})`;
          const params = await tryIt.prepare();
          const response = await call(name, method, withParams(path, params))
            .set(bearer(tokens.get(tryIt.role)!))
            .send(example.value as object);
          outcomes[label] = `${response.status}`;
          if (response.status !== tryIt.status) outcomes[label] += ` ${JSON.stringify(response.body)}`;
          expected[label] = `${tryIt.status}`;
        }
      }
      expect(outcomes).toEqual(expected);
      expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(Object.keys(TRY_IT_OUT).length);
    });
  });
});
