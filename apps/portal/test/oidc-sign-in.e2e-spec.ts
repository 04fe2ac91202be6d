import { DEMO_USERS } from '@frontdoor/auth';
import { useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { Page } from 'playwright-core';
import { API_SERVICES } from '../../../test/security/service-apps';
import { PortalBrowser, startPortal } from './support/portal-browser';

// RFC 8707: a resource indicator is an absolute URI; the services' AUTH_AUDIENCE is the same value.
const AUDIENCE = 'urn:frontdoor:services';
const CLIENT_SECRET = 'portal-client-secret-for-this-test-only';
// Signs in at the provider but carries a role the front door does not know.
const STRANGER = {
  sub: 'someone-from-elsewhere',
  name: 'Someone Else',
  roles: ['admin'],
  agency: 'police',
  org: 'gmp',
};

/**
 * OIDC sign-in against a real OpenID provider (oidc-provider) run in this test: authorisation code
 * with PKCE, state and nonce; an access token for the services' audience that screening, in
 * AUTH_MODE=oidc, accepts from the provider's JWKS; and sign-out at both ends.
 */
describe('portal OIDC sign-in (browser, real OpenID provider)', () => {
  let providerServer: Server;
  let issuer: string;
  let screening: INestApplication;
  let portal: INestApplication;
  let portalUrl: string;
  let browser: PortalBrowser;

  beforeAll(async () => {
    providerServer = createServer();
    await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;
    const portalPort = await freePort();
    portalUrl = `http://127.0.0.1:${portalPort}`;
    const provider = await openIdProvider(issuer, portalUrl);
    providerServer.on('request', provider.callback());

    const tokenChecks = {
      AUTH_MODE: 'oidc',
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_JWKS_URL: `${issuer}/jwks`,
    };
    const saved = { ...process.env };
    useServiceTestEnvironment('screening');
    Object.assign(process.env, tokenChecks);
    try {
      screening = (await API_SERVICES.screening()).app;
      await screening.listen(0, '127.0.0.1');
    } finally {
      process.env = saved;
    }
    portal = await startPortal(
      {
        ...tokenChecks,
        PORTAL_SIGN_IN: 'oidc',
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: 'portal',
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_REDIRECT_URL: `${portalUrl}/sign-in/callback`,
        OIDC_POST_LOGOUT_REDIRECT_URL: `${portalUrl}/signed-out`,
        OIDC_SCOPES: 'openid profile frontdoor',
        OIDC_RESOURCE: AUDIENCE,
        SCREENING_URL: await screening.getUrl(),
      },
      portalPort,
    );
    browser = await PortalBrowser.launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await screening?.close();
    providerServer?.closeAllConnections();
    await new Promise((resolve) => providerServer?.close(resolve));
  });

  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.getByRole('button', { name: "Sign in with your organisation's account" }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.getByPlaceholder('Enter any login').fill(login);
    await page.getByPlaceholder('and password').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.origin === portalUrl);
  }

  it('signs a screener in with the provider, the services accept the token, and signs out at both ends', async () => {
    const context = await browser.newContext(portalUrl);
    const page = await context.newPage();
    await page.goto('/worklist');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await browser.expectAccessible(page, 'OIDC sign-in');

    await signInAtProvider(page, 'demo-screener-1');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('.app-signed-in-as').textContent()).resolves.toContain(
      'Signed in as Sasha Screener (demo), trafford-cs',
    );
    // The worklist comes from screening, which checked the provider's token against its JWKS.
    const worklist = await page.goto('/worklist');
    expect(worklist?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Worklist');

    await page.getByRole('button', { name: /^Sign out/ }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${portalUrl}/signed-out`);
    await page.goto('/worklist');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // The provider's session ended too: it asks for the login again.
    await page.getByRole('button', { name: "Sign in with your organisation's account" }).click();
    await expect(page.getByPlaceholder('Enter any login').isVisible()).resolves.toBe(true);
    await context.close();
  }, 30_000);

  it('refuses an account whose roles the front door does not know, and a callback it did not start', async () => {
    const context = await browser.newContext(portalUrl);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await signInAtProvider(page, STRANGER.sub);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You could not be signed in');
    await browser.expectAccessible(page, 'OIDC sign-in refused');
    expect((await page.goto('/worklist'))?.url()).toBe(`${portalUrl}/sign-in`);
    await context.close();

    const forged = await fetch(`${portalUrl}/sign-in/callback?code=stolen&state=guessed&iss=${issuer}`);
    expect(forged.status).toBe(400);
    expect(browser.pageProblems).toEqual([]);
  }, 30_000);
});

/** The provider, with the demo users as its accounts and the portal as its one client. */
async function openIdProvider(issuer: string, portalUrl: string): Promise<Provider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' };
  const accounts = new Map<string, Record<string, unknown>>(
    DEMO_USERS.map((user) => [
      user.subject,
      { sub: user.subject, name: user.name, roles: user.roles, agency: user.agency, org: user.organisation },
    ]),
  );
  accounts.set(STRANGER.sub, STRANGER);
  // The services read these from the access token; the portal reads them from the ID token.
  const frontDoorClaims = (accountId: string) => {
    const { roles, agency, org } = accounts.get(accountId) ?? {};
    return { roles, agency, org };
  };
  return new Provider(issuer, {
    clients: [
      {
        client_id: 'portal',
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${portalUrl}/sign-in/callback`],
        post_logout_redirect_uris: [`${portalUrl}/signed-out`],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey] },
    scopes: ['openid', 'profile', 'frontdoor'],
    claims: { openid: ['sub'], profile: ['name'], frontdoor: ['roles', 'agency', 'org'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['oidc-provider-test-cookie-key'] },
    findAccount: async (_context, accountId) => {
      const claims = accounts.get(accountId);
      return claims ? { accountId, claims: async () => claims as { sub: string } } : undefined;
    },
    extraTokenClaims: async (_context, token) =>
      'accountId' in token && typeof token.accountId === 'string' ? frontDoorClaims(token.accountId) : undefined,
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'frontdoor',
          audience: AUDIENCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 3600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
