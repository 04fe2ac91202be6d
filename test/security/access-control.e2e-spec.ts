import { DEMO_USERS, Role, authConfigFromEnv } from '@frontdoor/auth';
import { bearer, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { OpenApiDocument, operationsOf } from '../openapi/openapi-document';
import { ACCESS_POLICY, ANY_SIGNED_IN, PUBLIC_PATHS } from './access-policy';
import { ApiService, startHttpSides } from './service-apps';

/**
 * Who may call what, checked from each service's own OpenAPI document: every documented route is
 * called by every role, and any role the reviewed policy (access-policy.ts) does not name must be
 * refused. A new route fails here until someone has decided who may call it.
 */

const isPublicPath = (path: string) => PUBLIC_PATHS.includes(path) || path.startsWith('/docs');

describe('access control, from every service’s OpenAPI document', () => {
  let apps: Map<ApiService, INestApplication>;
  const tokens = new Map<Role, string>();
  const operations: { service: ApiService; method: string; path: string; key: string }[] = [];

  beforeAll(async () => {
    apps = await startHttpSides();
    // One role per token, so a refusal or an allow is that role's alone.
    for (const role of Object.values(Role)) tokens.set(role, await tokenFor(role, { roles: [role] }));
    for (const [service, app] of apps) {
      const { body } = await request(app.getHttpServer()).get('/docs-json').expect(200);
      for (const { method, path } of operationsOf(body as OpenApiDocument)) {
        if (isPublicPath(path)) continue;
        operations.push({ service, method, path, key: `${service} ${method.toUpperCase()} ${path}` });
      }
    }
  }, 120_000);

  afterAll(async () => {
    for (const app of apps?.values() ?? []) await app.close();
  });

  it('has a reviewed policy for every documented route, and no policy for a route that is gone', () => {
    expect(operations.map((operation) => operation.key).sort()).toEqual(Object.keys(ACCESS_POLICY).sort());
  });

  it('lets through exactly the roles the policy names', async () => {
    const unexpected: string[] = [];
    for (const { service, method, path, key } of operations) {
      const allowed = ACCESS_POLICY[key];
      // Path ids that exist nowhere: a route that lets the role through answers 404 or 400, not 403.
      const url = path.replace(/\{(\w+)\}/g, () => randomUUID());
      for (const role of Object.values(Role)) {
        const agent = request(apps.get(service)!.getHttpServer()) as unknown as Record<
          string,
          (u: string) => request.Test
        >;
        const response = await agent[method](url)
          .set(bearer(tokens.get(role)!))
          .send({});
        const letThrough = response.status !== 403 && response.status !== 401;
        const expected = allowed === ANY_SIGNED_IN || allowed?.includes(role);
        if (letThrough !== expected) {
          unexpected.push(
            `${key} as ${role}: ${response.status} (${expected ? 'should be let through' : 'should be refused'})`,
          );
        }
        if (response.status >= 500) unexpected.push(`${key} as ${role}: ${response.status} server error`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  describe('tokens that must not get in', () => {
    const config = authConfigFromEnv();
    // Tests run in development mode, where tokens are signed with the development secret.
    const devSecret = config.mode === 'development' ? config.devSecret : '';
    const manager = DEMO_USERS.find((user) => user.roles.includes(Role.Manager))!;
    const claims = { sub: manager.subject, roles: [Role.Manager], agency: manager.agency, org: manager.organisation };
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const sign = (edit: (jwt: SignJWT) => SignJWT, secret = devSecret) => {
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(config.issuer)
        .setAudience(config.audience)
        .setIssuedAt(now)
        .setExpirationTime(now + 300);
      return edit(jwt).sign(new TextEncoder().encode(secret));
    };
    const badTokens: [string, () => Promise<string>][] = [
      [
        'expired',
        () => sign((jwt) => jwt.setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime('1h ago')),
      ],
      ['from another issuer', () => sign((jwt) => jwt.setIssuer('https://attacker.example'))],
      ['for another audience', () => sign((jwt) => jwt.setAudience('another-service'))],
      [
        'unsigned (alg: none)',
        async () =>
          `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims, iss: config.issuer, aud: config.audience, exp: Math.floor(Date.now() / 1000) + 300 })}.`,
      ],
      [
        'with a tampered payload',
        async () => {
          const [header, , signature] = (await sign((jwt) => jwt)).split('.');
          const promoted = {
            ...claims,
            roles: [Role.Manager, Role.Auditor],
            iss: config.issuer,
            aud: config.audience,
            exp: Math.floor(Date.now() / 1000) + 300,
          };
          return `${header}.${encode(promoted)}.${signature}`;
        },
      ],
      ['signed with another key', () => sign((jwt) => jwt, 'a-different-secret-that-is-long-enough-to-use')],
    ];

    it.each(badTokens)('refuses a token %s on every route of every service', async (_what, makeToken) => {
      const token = await makeToken();
      const admitted: string[] = [];
      for (const { service, method, path, key } of operations) {
        const agent = request(apps.get(service)!.getHttpServer()) as unknown as Record<
          string,
          (u: string) => request.Test
        >;
        const response = await agent[method](path.replace(/\{(\w+)\}/g, () => randomUUID()))
          .set(bearer(token))
          .send({});
        if (response.status !== 401) admitted.push(`${key}: ${response.status}`);
      }
      expect(operations.length).toBeGreaterThan(40);
      expect(admitted).toEqual([]);
    });
  });
});
