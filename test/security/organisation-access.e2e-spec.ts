import { Role } from '@frontdoor/auth';
import { TEST_RUN_ID, bearer, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { OpenApiDocument, operationsOf } from '../openapi/openapi-document';
import { uniqueContact } from '../support/contacts';
import { ACCESS_POLICY, ANY_SIGNED_IN, PUBLIC_PATHS } from './access-policy';
import { ApiService, startHttpSides } from './service-apps';

/**
 * The organisation dimension of the access matrix. A referrer (a school, a GP practice, a police
 * force, a DA service) refers as its organisation, and another organisation in the same role must
 * never see what it sent: every documented read route, called by the same role from another
 * organisation with the referral's own id in every path parameter, must not return a trace of it.
 * The same reads from the referring organisation do return it, so the check cannot pass by
 * looking at nothing.
 */

/** Roles that refer on behalf of their own organisation (the front door's roles see every contact). */
const REFERRER_ROLES = [Role.SchoolDsl, Role.HealthPractitioner, Role.PoliceOfficer, Role.DaAdvisor];

interface Referral {
  contactId: string;
  reference: string;
  marker: string;
}

describe('access control: own organisation and another organisation in the same role', () => {
  let apps: Map<ApiService, INestApplication>;
  const reads: { service: ApiService; path: string; key: string }[] = [];

  beforeAll(async () => {
    apps = await startHttpSides();
    for (const [service, app] of apps) {
      const { body } = await request(app.getHttpServer()).get('/docs-json').expect(200);
      for (const { method, path } of operationsOf(body as OpenApiDocument)) {
        if (method !== 'get' || PUBLIC_PATHS.includes(path) || path.startsWith('/docs')) continue;
        reads.push({ service, path, key: `${service} GET ${path}` });
      }
    }
  }, 120_000);

  afterAll(async () => {
    for (const app of apps?.values() ?? []) await app.close();
  });

  const mayRead = (key: string, role: Role) => {
    const allowed = ACCESS_POLICY[key];
    return allowed === ANY_SIGNED_IN || (allowed?.includes(role) ?? false);
  };

  const get = (service: ApiService, url: string, token: string) =>
    request(apps.get(service)!.getHttpServer()).get(url).set(bearer(token));

  describe.each(REFERRER_ROLES.map((role) => [role]))('%s', (role) => {
    const own = `own-${role}-${TEST_RUN_ID}`;
    const other = `other-${role}-${TEST_RUN_ID}`;
    let ownToken: string;
    let otherToken: string;
    let referral: Referral;

    beforeAll(async () => {
      ownToken = await tokenFor(role, { roles: [role], organisation: own });
      otherToken = await tokenFor(role, { roles: [role], organisation: other });
      const { body, marker } = uniqueContact();
      const accepted = await request(apps.get('intake')!.getHttpServer())
        .post('/contacts')
        .set(bearer(ownToken))
        .send(body)
        .expect(201);
      referral = { contactId: accepted.body.contactId, reference: accepted.body.reference, marker };
    });

    it('the referring organisation reads its own referral', async () => {
      const one = await get('intake', `/contacts/${referral.contactId}`, ownToken).expect(200);
      expect(JSON.stringify(one.body)).toContain(referral.marker);
      const list = await get('intake', '/contacts', ownToken).expect(200);
      expect(JSON.stringify(list.body)).toContain(referral.contactId);
    });

    it('another organisation in the same role finds no trace of it on any route it may read', async () => {
      const leaks: string[] = [];
      const routes = reads.filter(({ key }) => mayRead(key, role));
      expect(routes.length).toBeGreaterThan(0);
      for (const { service, path, key } of routes) {
        const url = path.replace(/\{(\w+)\}/g, referral.contactId);
        const response = await get(service, url, otherToken);
        const text = response.text ?? '';
        // An id the caller put in the URL may come back in a "not found"; anything else is the referral's.
        const traces = [
          referral.reference,
          referral.marker,
          ...(url.includes(referral.contactId) ? [] : [referral.contactId]),
        ].filter((trace) => text.includes(trace));
        if (response.status < 500 && traces.length === 0) continue;
        leaks.push(`${key} as ${other}: ${response.status}${traces.length ? `, shows ${traces.join(', ')}` : ''}`);
      }
      expect(leaks).toEqual([]);
    });
  });
});
