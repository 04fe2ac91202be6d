import { DEMO_USERS, Role } from '@frontdoor/auth';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { startPortal } from '../../apps/portal/test/support/portal-browser';
import { ANY_SIGNED_IN, PORTAL_PAGE_POLICY, PUBLIC_PAGE } from './access-policy';

/**
 * Who the portal lets onto each of its pages: every route the running portal has is requested as
 * each demo role (signed in through the development sign-in) and signed out, and any role the
 * reviewed policy (access-policy.ts) does not name must be refused. The services are not running:
 * a page that lets a role through then says the service is unavailable, which still counts as
 * let through; what matters here is the portal's own gate.
 */
describe('access control, on every portal page', () => {
  let portal: INestApplication;
  let baseUrl: string;
  const routes: { method: 'GET' | 'POST'; path: string; key: string }[] = [];

  beforeAll(async () => {
    const nowhere = 'http://127.0.0.1:9';
    portal = await startPortal({
      INTAKE_URL: nowhere,
      SCREENING_URL: nowhere,
      POLICE_URL: nowhere,
      HEALTH_URL: nowhere,
      EDUCATION_URL: nowhere,
      MARAC_URL: nowhere,
      STRATEGY_URL: nowhere,
      // Every role signs in and posts to the sign-in pages: more than the per-client limit allows.
      PORTAL_SIGN_IN_ATTEMPTS_PER_MINUTE: '10000',
    });
    baseUrl = await portal.getUrl();
    const express = portal.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    for (const layer of express.router.stack) {
      // Middleware for every path (logging, correlation ids) is mounted as a catch-all route.
      if (!layer.route || layer.route.path === '{/*splat}') continue;
      for (const method of Object.keys(layer.route.methods)) {
        const upper = method.toUpperCase() as 'GET' | 'POST';
        routes.push({ method: upper, path: layer.route.path, key: `${upper} ${layer.route.path}` });
      }
    }
  }, 60_000);

  afterAll(async () => {
    await portal?.close();
  });

  /** A browser-like client: keeps the session cookie, reads the CSRF token from each page. */
  class Visitor {
    private cookie = '';
    private csrfToken = '';

    async request(method: 'GET' | 'POST', path: string, form: Record<string, string> = {}): Promise<Response> {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        redirect: 'manual',
        headers: {
          ...(this.cookie && { Cookie: this.cookie }),
          ...(method === 'POST' && { 'Content-Type': 'application/x-www-form-urlencoded' }),
        },
        body: method === 'POST' ? new URLSearchParams({ _csrf: this.csrfToken, ...form }).toString() : undefined,
      });
      const session = response.headers.getSetCookie().find((value) => value.startsWith('frontdoor.portal.sid='));
      if (session) this.cookie = session.split(';')[0];
      return response;
    }

    /** Reads a fresh CSRF token (the session's token changes when it is regenerated at sign-in). */
    async refreshCsrfToken(): Promise<void> {
      const html = await (await this.request('GET', '/sign-in/development')).text();
      this.csrfToken = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    }

    async signInAs(subject: string): Promise<void> {
      await this.refreshCsrfToken();
      const response = await this.request('POST', '/sign-in/development', { subject });
      expect(response.headers.get('location')).toBe('/');
      await this.refreshCsrfToken();
    }
  }

  const letThrough = (response: Response) =>
    response.status !== 403 && !(response.status === 303 && response.headers.get('location') === '/sign-in');

  async function visitEveryRoute(visitor: Visitor, who: string, expected: (key: string) => boolean) {
    const unexpected: string[] = [];
    // Signing out last: it ends the session the other requests need.
    const ordered = [...routes].sort(
      (first, second) => Number(first.path === '/sign-out') - Number(second.path === '/sign-out'),
    );
    for (const { method, path, key } of ordered) {
      const url = path
        .replace(/:n\b/g, '1')
        .replace(/:person\b/, 'child')
        .replace(/:(\w+)/g, () => randomUUID());
      const response = await visitor.request(method, url);
      await response.arrayBuffer();
      if (letThrough(response) !== expected(key)) {
        unexpected.push(
          `${key} as ${who}: ${response.status} (${expected(key) ? 'should be let through' : 'should be refused'})`,
        );
      }
      if (response.status === 500) unexpected.push(`${key} as ${who}: 500 server error`);
    }
    return unexpected;
  }

  it('has a reviewed policy for every portal route, and no policy for a route that is gone', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((route) => route.key).sort()).toEqual(Object.keys(PORTAL_PAGE_POLICY).sort());
  });

  it('lets each demo role onto exactly the pages the policy names', async () => {
    const unexpected: string[] = [];
    for (const role of Object.values(Role)) {
      const demo = DEMO_USERS.find((user) => user.roles.length === 1 && user.roles[0] === role);
      if (!demo) throw new Error(`no demo user has only the role ${role}`);
      const visitor = new Visitor();
      await visitor.signInAs(demo.subject);
      unexpected.push(
        ...(await visitEveryRoute(visitor, role, (key) => {
          const allowed = PORTAL_PAGE_POLICY[key];
          return allowed === PUBLIC_PAGE || allowed === ANY_SIGNED_IN || (allowed?.includes(role) ?? false);
        })),
      );
    }
    expect(unexpected).toEqual([]);
    // Every route for every role, each waiting out an unreachable service: minutes on a busy machine.
  }, 300_000);

  it('sends anyone signed out to sign in, except from the public pages', async () => {
    const visitor = new Visitor();
    await visitor.refreshCsrfToken();
    expect(await visitEveryRoute(visitor, 'signed out', (key) => PORTAL_PAGE_POLICY[key] === PUBLIC_PAGE)).toEqual([]);
  });
});
