import { PortalConfigError, portalConfigFromEnv } from './portal-config';

describe('portalConfigFromEnv', () => {
  it('runs locally with development sign-in and services on 127.0.0.1:300x', () => {
    const config = portalConfigFromEnv({ NODE_ENV: 'development' });
    expect(config).toMatchObject({
      port: 3000,
      signInMode: 'development',
      services: {
        intake: 'http://127.0.0.1:3001',
        screening: 'http://127.0.0.1:3002',
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
    });
    expect(config).toMatchObject({ signInMode: 'oidc', secureCookies: true, oidc: { clientId: 'portal' } });
  });

  it('needs the warning to come before the timeout', () => {
    expect(() => portalConfigFromEnv({ SESSION_IDLE_TIMEOUT_SECONDS: '60', SESSION_WARNING_SECONDS: '60' })).toThrow(
      /SESSION_WARNING_SECONDS must be shorter/,
    );
    expect(() => portalConfigFromEnv({ PORT: 'eighty' })).toThrow(/PORT must be a positive whole number/);
  });
});
