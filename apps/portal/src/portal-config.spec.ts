import { PortalConfigError, portalConfigFromEnv } from './portal-config';

const SERVICES_CHECK_TOKENS_WITH_OIDC = {
  AUTH_MODE: 'oidc',
  AUTH_ISSUER: 'https://login.example.org',
  AUTH_JWKS_URL: 'https://login.example.org/jwks',
};

describe('portalConfigFromEnv', () => {
  it('runs locally with development sign-in and services on 127.0.0.1:300x', () => {
    const config = portalConfigFromEnv({ NODE_ENV: 'development' });
    expect(config).toMatchObject({
      port: 3000,
      signInMode: 'development',
      services: {
        intake: 'http://127.0.0.1:3001',
        screening: 'http://127.0.0.1:3002',
        police: 'http://127.0.0.1:3003',
        health: 'http://127.0.0.1:3004',
        education: 'http://127.0.0.1:3005',
        marac: 'http://127.0.0.1:3006',
        strategy: 'http://127.0.0.1:3007',
      },
      idleTimeoutSeconds: 1200,
      warningSeconds: 120,
      secureCookies: false,
    });
  });

  it('refuses to start in production without OIDC and a session secret', () => {
    expect(() => portalConfigFromEnv({ NODE_ENV: 'production' })).toThrow(PortalConfigError);
    try {
      portalConfigFromEnv({ NODE_ENV: 'production' });
    } catch (error) {
      expect((error as PortalConfigError).problems).toEqual([
        'OIDC_ISSUER is required when PORTAL_SIGN_IN=oidc.',
        'OIDC_CLIENT_ID is required when PORTAL_SIGN_IN=oidc.',
        'OIDC_CLIENT_SECRET is required when PORTAL_SIGN_IN=oidc.',
        'OIDC_REDIRECT_URL is required when PORTAL_SIGN_IN=oidc.',
        'AUTH_ISSUER is required when AUTH_MODE=oidc.',
        'AUTH_JWKS_URL is required when AUTH_MODE=oidc.',
        'SESSION_SECRET is required when NODE_ENV=production.',
      ]);
    }
  });

  it('refuses development sign-in in production', () => {
    expect(() =>
      portalConfigFromEnv({ NODE_ENV: 'production', PORTAL_SIGN_IN: 'development', SESSION_SECRET: 'x'.repeat(40) }),
    ).toThrow(/refused when NODE_ENV=production/);
  });

  it('starts in production with OIDC configured, with secure cookies', () => {
    const config = portalConfigFromEnv({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      OIDC_ISSUER: 'https://login.example.org',
      OIDC_CLIENT_ID: 'portal',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URL: 'https://portal.example.org/sign-in/callback',
      ...SERVICES_CHECK_TOKENS_WITH_OIDC,
    });
    expect(config).toMatchObject({
      signInMode: 'oidc',
      secureCookies: true,
      oidc: {
        clientId: 'portal',
        scopes: 'openid profile',
        claims: { roles: 'roles', agency: 'agency', organisation: 'org' },
        accessTokens: { mode: 'oidc', issuer: 'https://login.example.org', audience: 'frontdoor' },
      },
    });
  });

  it('needs OIDC sign-in to forward tokens the services check the same way', () => {
    const oidc = {
      PORTAL_SIGN_IN: 'oidc',
      OIDC_ISSUER: 'http://127.0.0.1:9000',
      OIDC_CLIENT_ID: 'portal',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URL: 'http://127.0.0.1:3000/sign-in/callback',
    };
    expect(() => portalConfigFromEnv(oidc)).toThrow(/AUTH_MODE=oidc .* is required when PORTAL_SIGN_IN=oidc/);
    const config = portalConfigFromEnv({
      ...oidc,
      ...SERVICES_CHECK_TOKENS_WITH_OIDC,
      OIDC_RESOURCE: 'urn:frontdoor:services',
      AUTH_AUDIENCE: 'urn:frontdoor:services',
      OIDC_ROLES_CLAIM: 'groups',
    });
    expect(config.oidc).toMatchObject({ resource: 'urn:frontdoor:services', claims: { roles: 'groups' } });
    expect(() =>
      portalConfigFromEnv({
        ...oidc,
        ...SERVICES_CHECK_TOKENS_WITH_OIDC,
        OIDC_SCOPES: 'profile',
        OIDC_RESOURCE: 'api',
      }),
    ).toThrow(/OIDC_SCOPES must include openid[\s\S]*OIDC_RESOURCE must be an absolute URI/);
  });

  it('needs the warning to come before the timeout', () => {
    expect(() => portalConfigFromEnv({ SESSION_IDLE_TIMEOUT_SECONDS: '60', SESSION_WARNING_SECONDS: '60' })).toThrow(
      /SESSION_WARNING_SECONDS must be shorter/,
    );
    expect(() => portalConfigFromEnv({ PORT: 'eighty' })).toThrow(/PORT must be a positive whole number/);
  });
});
