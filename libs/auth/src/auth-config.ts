export type AuthMode = 'development' | 'oidc';

type TokenExpectations = {
  /** The `iss` every accepted token must carry. */
  issuer: string;
  /** The `aud` every accepted token must carry. */
  audience: string;
};

/** Local runs: tokens are HS256, signed and checked with a shared secret. */
export type DevelopmentAuthConfig = TokenExpectations & { mode: 'development'; devSecret: string };

/** Real deployments: tokens come from an identity provider that publishes its keys as a JWKS. */
export type OidcAuthConfig = TokenExpectations & { mode: 'oidc'; jwksUrl: string };

export type AuthConfig = DevelopmentAuthConfig | OidcAuthConfig;

export const DEVELOPMENT_ISSUER = 'frontdoor-dev';
export const DEFAULT_AUDIENCE = 'frontdoor';

// Public on purpose: it only ever signs synthetic demo tokens, and development mode is refused
// when NODE_ENV=production, so this value can never guard real data.
const DEFAULT_DEVELOPMENT_SECRET = 'frontdoor-local-development-only-hs256-secret';

// RFC 7518 §3.2: an HS256 key must be at least as long as the hash output (256 bits).
const MINIMUM_SECRET_LENGTH = 32;

export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';

  constructor(readonly problems: string[]) {
    super(`Invalid authentication configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * Reads and checks the AUTH_* variables. Every problem is reported at once so a broken
 * deployment is fixed in one pass rather than one restart per mistake.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const problems: string[] = [];
  const isProduction = env.NODE_ENV === 'production';
  const mode = readOptional(env, 'AUTH_MODE') ?? (isProduction ? 'oidc' : 'development');
  const audience = readOptional(env, 'AUTH_AUDIENCE') ?? DEFAULT_AUDIENCE;

  if (mode === 'development') {
    if (isProduction) {
      problems.push('AUTH_MODE=development is refused when NODE_ENV=production; use AUTH_MODE=oidc.');
    }
    const devSecret = readOptional(env, 'AUTH_DEV_SECRET') ?? DEFAULT_DEVELOPMENT_SECRET;
    if (devSecret.length < MINIMUM_SECRET_LENGTH) {
      problems.push(`AUTH_DEV_SECRET must be at least ${MINIMUM_SECRET_LENGTH} characters long.`);
    }
    if (problems.length > 0) throw new AuthConfigError(problems);
    const issuer = readOptional(env, 'AUTH_ISSUER') ?? DEVELOPMENT_ISSUER;
    return { mode, issuer, audience, devSecret };
  }

  if (mode === 'oidc') {
    const issuer = readOptional(env, 'AUTH_ISSUER');
    if (issuer === undefined) problems.push('AUTH_ISSUER is required when AUTH_MODE=oidc.');
    const jwksUrl = readOptional(env, 'AUTH_JWKS_URL');
    if (jwksUrl === undefined) {
      problems.push('AUTH_JWKS_URL is required when AUTH_MODE=oidc.');
    } else {
      problems.push(...jwksUrlProblems(jwksUrl, isProduction));
    }
    if (problems.length > 0 || issuer === undefined || jwksUrl === undefined) {
      throw new AuthConfigError(problems);
    }
    return { mode, issuer, audience, jwksUrl };
  }

  throw new AuthConfigError([`AUTH_MODE must be "development" or "oidc" (got "${mode}").`]);
}

function jwksUrlProblems(jwksUrl: string, isProduction: boolean): string[] {
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    return ['AUTH_JWKS_URL is not a valid URL.'];
  }
  if (url.protocol === 'https:') return [];
  if (url.protocol === 'http:' && !isProduction) return [];
  // Keys fetched over plain HTTP could be swapped in transit, letting anyone mint tokens.
  return ['AUTH_JWKS_URL must use https (plain http is only allowed outside production).'];
}

function readOptional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
