import { Role } from '@frontdoor/auth';
import { londonDateFromToday } from '@frontdoor/calendar';
import { bearer, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { OpenApiDocument, operationsOf, requestExamples } from '../../../test/openapi/openapi-document';
import { PUBLIC_PATHS } from '../../../test/security/access-policy';
import { createMaracApp } from '../src/marac.app';

/**
 * marac's API documentation: served without a token, every route documented and protected, and
 * every request body Swagger UI offers in "Try it out" accepted by its route as it stands.
 */
describe('marac OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenApiDocument;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    useServiceTestEnvironment('marac', '-openapi');
    ({ app } = await createMaracApp());
    await app.init();
    for (const role of [Role.MaracCoordinator, Role.HealthPractitioner, Role.PoliceOfficer]) {
      tokens.set(role, await tokenFor(role));
    }
    document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body as OpenApiDocument;
  });

  afterAll(async () => app?.close());

  const send = (method: string, path: string, role: Role, body?: unknown) => {
    const agent = request(app.getHttpServer()) as unknown as Record<string, (url: string) => request.Test>;
    const call = agent[method](path).set(bearer(tokens.get(role)!));
    return body === undefined ? call : call.send(body as object);
  };

  async function eligibleReferral(): Promise<{ id: string; meetingId: string }> {
    const { body } = await send('post', '/referrals', Role.HealthPractitioner, {
      victim: { firstName: 'Try', lastName: 'Itout', dateOfBirth: '1990-01-01' },
      perpetrator: { firstName: 'Doc', lastName: 'Example', dateOfBirth: '1989-01-01' },
      childrenInHousehold: [],
      referringAgency: 'health',
      dashYesCount: 16,
    }).expect(201);
    return body;
  }

  // How a user would try out each operation that takes a body; a new one fails the test until added.
  const TRY_IT_OUT: Record<string, { role: Role; status: number; prepare(): Promise<Record<string, string>> }> = {
    'post /referrals': { role: Role.HealthPractitioner, status: 201, prepare: async () => ({}) },
    'post /referrals/{id}/idva': {
      role: Role.MaracCoordinator,
      status: 201,
      prepare: async () => ({ id: (await eligibleReferral()).id }),
    },
    'post /meetings/schedule': { role: Role.MaracCoordinator, status: 201, prepare: async () => ({}) },
    'post /meetings': { role: Role.MaracCoordinator, status: 201, prepare: async () => ({}) },
    'post /meetings/{id}/cases/{referralId}/actions': {
      role: Role.PoliceOfficer,
      status: 201,
      prepare: async () => {
        const referral = await eligibleReferral();
        return { id: referral.meetingId, referralId: referral.id };
      },
    },
    'patch /actions/{id}': {
      role: Role.PoliceOfficer,
      status: 200,
      prepare: async () => {
        const referral = await eligibleReferral();
        const { body } = await send(
          'post',
          `/meetings/${referral.meetingId}/cases/${referral.id}/actions`,
          Role.PoliceOfficer,
          {
            ownerAgency: 'police',
            description: 'Flag the address',
            dueDate: londonDateFromToday(14),
          },
        ).expect(201);
        return { id: body.id };
      },
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
  });

  it('offers an example body for every operation that takes one, and each is accepted', async () => {
    const withBodies = operationsOf(document).filter(({ operation }) => operation.requestBody);
    expect(withBodies.map(({ method, path }) => `${method} ${path}`).sort()).toEqual(Object.keys(TRY_IT_OUT).sort());
    for (const { method, path, operation } of withBodies) {
      const key = `${method} ${path}`;
      const { examples, missing } = requestExamples(document, operation.requestBody!.content['application/json']);
      expect(`${key}: ${missing.join(', ')}`).toBe(`${key}: `);
      const tryItOut = TRY_IT_OUT[key];
      const params = await tryItOut.prepare();
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
      for (const example of examples) {
        const response = await send(method, url, tryItOut.role, example.value);
        expect(`${key} ${response.status} ${JSON.stringify(response.body)}`).toMatch(
          new RegExp(`^${key.replace(/[{}/]/g, '.')} ${tryItOut.status} `),
        );
      }
    }
  });
});
