import { AuthConfigError, authConfigFromEnv, DEFAULT_AUDIENCE, DEVELOPMENT_ISSUER } from './auth-config';

describe('authConfigFromEnv', () => {
  it('defaults to development mode with the dev issuer, audience and a dev secret outside production', () => {
    const config = authConfigFromEnv({ NODE_ENV: 'development' });

    expect(config).toMatchObject({ mode: 'development', issuer: DEVELOPMENT_ISSUER, audience: DEFAULT_AUDIENCE });
    expect(config.mode === 'development' && config.devSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('uses the configured issuer, audience and dev secret', () => {
    const config = authConfigFromEnv({
      AUTH_ISSUER: 'local-issuer',
      AUTH_AUDIENCE: 'intake',
      AUTH_DEV_SECRET: 'x'.repeat(40),
    });

    expect(config).toEqual({
      mode: 'development',
      issuer: 'local-issuer',
      audience: 'intake',
      devSecret: 'x'.repeat(40),
    });
  });

  it('refuses a dev secret too short for HS256', () => {
    expect(() => authConfigFromEnv({ AUTH_DEV_SECRET: 'short' })).toThrow(/AUTH_DEV_SECRET must be at least 32/);
  });

  it('refuses development mode in production, even when asked for explicitly', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production', AUTH_MODE: 'development' })).toThrow(
      /AUTH_MODE=development is refused when NODE_ENV=production/,
    );
  });

  it('defaults to oidc in production and says everything that is missing at once', () => {
    let error: unknown;
    try {
      authConfigFromEnv({ NODE_ENV: 'production' });
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(AuthConfigError);
    expect((error as AuthConfigError).problems).toEqual([
      'AUTH_ISSUER is required when AUTH_MODE=oidc.',
      'AUTH_JWKS_URL is required when AUTH_MODE=oidc.',
    ]);
  });

  it('reads a complete oidc configuration', () => {
    const config = authConfigFromEnv({
      NODE_ENV: 'production',
      AUTH_ISSUER: 'https://login.example.org/realms/frontdoor',
      AUTH_JWKS_URL: 'https://login.example.org/realms/frontdoor/certs',
    });

    expect(config).toEqual({
      mode: 'oidc',
      issuer: 'https://login.example.org/realms/frontdoor',
      audience: DEFAULT_AUDIENCE,
      jwksUrl: 'https://login.example.org/realms/frontdoor/certs',
    });
  });

  it('allows a plain http JWKS only outside production', () => {
    const env = { AUTH_MODE: 'oidc', AUTH_ISSUER: 'idp', AUTH_JWKS_URL: 'http://keycloak:8080/certs' };

    expect(authConfigFromEnv(env)).toMatchObject({ mode: 'oidc', jwksUrl: 'http://keycloak:8080/certs' });
    expect(() => authConfigFromEnv({ ...env, NODE_ENV: 'production' })).toThrow(/must use https/);
  });

  it('rejects a JWKS URL that is not a URL', () => {
    expect(() => authConfigFromEnv({ AUTH_MODE: 'oidc', AUTH_ISSUER: 'idp', AUTH_JWKS_URL: 'not a url' })).toThrow(
      /AUTH_JWKS_URL is not a valid URL/,
    );
  });

  it('rejects an unknown mode', () => {
    expect(() => authConfigFromEnv({ AUTH_MODE: 'saml' })).toThrow(/AUTH_MODE must be "development" or "oidc"/);
  });

  it('treats blank variables as unset', () => {
    expect(authConfigFromEnv({ AUTH_MODE: ' ', AUTH_ISSUER: '' })).toMatchObject({
      mode: 'development',
      issuer: DEVELOPMENT_ISSUER,
    });
  });
});
