import { AuthConfigError, authConfigFromEnv, type OidcAuthConfig } from '@frontdoor/auth';

/**
 * Everything the portal reads from the environment, checked once at boot. Every problem is
 * reported together so a broken deployment is fixed in one pass.
 */
export type PortalSignInMode = 'development' | 'oidc';

/** Where the portal finds each part of its session user in the ID token (or userinfo). */
export interface OidcClaimNames {
  roles: string;
  agency: string;
  organisation: string;
  /** Optional: a readable organisation name to show beside the user's name. */
  organisationName: string;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  /** Where the identity provider sends the user after signing out; none means its own page. */
  postLogoutRedirectUrl?: string;
  scopes: string;
  /** RFC 8707 resource indicator: asks for an access token whose audience is the services. */
  resource?: string;
  claims: OidcClaimNames;
  /**
   * How the services check the access token the portal forwards (the same AUTH_* settings):
   * the portal checks it the same way at sign-in, so a token they would refuse never gets in.
   */
  accessTokens: OidcAuthConfig;
}

export interface PortalConfig {
  port: number;
  host: string;
  production: boolean;
  signInMode: PortalSignInMode;
  oidc?: OidcSettings;
  sessionSecret: string;
  /** Signed out after this long without a request. */
  idleTimeoutSeconds: number;
  /** The warning shows this long before the idle timeout. */
  warningSeconds: number;
  /** Sessions end this long after sign-in, whatever the activity. */
  absoluteTimeoutSeconds: number;
  secureCookies: boolean;
  services: {
    intake: string;
    screening: string;
    police: string;
    health: string;
    marac: string;
    education: string;
    strategy: string;
  };
  /** Shown on the urgent path: where a referrer calls the front door now. */
  frontDoorPhone: string;
  /** Sign-in attempts one client may make in a minute (counted in Redis, across replicas). */
  signInAttemptsPerMinute: number;
}

export class PortalConfigError extends Error {
  override readonly name = 'PortalConfigError';

  constructor(readonly problems: string[]) {
    super(`Invalid portal configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

// Public on purpose: only ever used outside production, where the sessions hold demo tokens.
const DEVELOPMENT_SESSION_SECRET = 'frontdoor-portal-local-development-session-secret';

export function portalConfigFromEnv(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const signInMode = read(env, 'PORTAL_SIGN_IN') ?? (production ? 'oidc' : 'development');
  let oidc: OidcSettings | undefined;

  if (signInMode === 'development') {
    if (production) problems.push('PORTAL_SIGN_IN=development is refused when NODE_ENV=production.');
  } else if (signInMode === 'oidc') {
    const missing = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'].filter(
      (name) => read(env, name) === undefined,
    );
    for (const name of missing) problems.push(`${name} is required when PORTAL_SIGN_IN=oidc.`);
    const accessTokens = oidcAccessTokenChecks(env, problems);
    if (missing.length === 0 && accessTokens) {
      const resource = read(env, 'OIDC_RESOURCE');
      const postLogoutRedirectUrl = read(env, 'OIDC_POST_LOGOUT_REDIRECT_URL');
      oidc = {
        issuer: read(env, 'OIDC_ISSUER')!,
        clientId: read(env, 'OIDC_CLIENT_ID')!,
        clientSecret: read(env, 'OIDC_CLIENT_SECRET')!,
        redirectUrl: read(env, 'OIDC_REDIRECT_URL')!,
        ...(postLogoutRedirectUrl && { postLogoutRedirectUrl }),
        scopes: read(env, 'OIDC_SCOPES') ?? 'openid profile',
        ...(resource && { resource }),
        claims: {
          roles: read(env, 'OIDC_ROLES_CLAIM') ?? 'roles',
          agency: read(env, 'OIDC_AGENCY_CLAIM') ?? 'agency',
          organisation: read(env, 'OIDC_ORGANISATION_CLAIM') ?? 'org',
          organisationName: read(env, 'OIDC_ORGANISATION_NAME_CLAIM') ?? 'org_name',
        },
        accessTokens,
      };
      if (production && !oidc.issuer.startsWith('https://')) problems.push('OIDC_ISSUER must use https.');
      if (!oidc.scopes.split(/\s+/).includes('openid')) problems.push('OIDC_SCOPES must include openid.');
      if (resource && !URL.canParse(resource)) problems.push('OIDC_RESOURCE must be an absolute URI (RFC 8707).');
    }
  } else {
    problems.push(`PORTAL_SIGN_IN must be "development" or "oidc" (got "${signInMode}").`);
  }

  const sessionSecret = read(env, 'SESSION_SECRET') ?? (production ? undefined : DEVELOPMENT_SESSION_SECRET);
  if (sessionSecret === undefined) problems.push('SESSION_SECRET is required when NODE_ENV=production.');
  else if (sessionSecret.length < 32) problems.push('SESSION_SECRET must be at least 32 characters long.');

  const idleTimeoutSeconds = positiveInteger(env, 'SESSION_IDLE_TIMEOUT_SECONDS', 20 * 60, problems);
  const warningSeconds = positiveInteger(env, 'SESSION_WARNING_SECONDS', 2 * 60, problems);
  const absoluteTimeoutSeconds = positiveInteger(env, 'SESSION_ABSOLUTE_TIMEOUT_SECONDS', 8 * 60 * 60, problems);
  if (warningSeconds >= idleTimeoutSeconds) {
    problems.push('SESSION_WARNING_SECONDS must be shorter than SESSION_IDLE_TIMEOUT_SECONDS.');
  }
  const port = positiveInteger(env, 'PORT', 3000, problems);
  const signInAttemptsPerMinute = positiveInteger(env, 'PORTAL_SIGN_IN_ATTEMPTS_PER_MINUTE', 30, problems);

  if (problems.length > 0) throw new PortalConfigError(problems);
  return {
    port,
    host: read(env, 'HOST') ?? '127.0.0.1',
    production,
    signInMode: signInMode as PortalSignInMode,
    oidc,
    sessionSecret: sessionSecret!,
    idleTimeoutSeconds,
    warningSeconds,
    absoluteTimeoutSeconds,
    secureCookies: read(env, 'SECURE_COOKIES') === 'true' || production,
    services: {
      intake: read(env, 'INTAKE_URL') ?? 'http://127.0.0.1:3001',
      screening: read(env, 'SCREENING_URL') ?? 'http://127.0.0.1:3002',
      police: read(env, 'POLICE_URL') ?? 'http://127.0.0.1:3003',
      health: read(env, 'HEALTH_URL') ?? 'http://127.0.0.1:3004',
      marac: read(env, 'MARAC_URL') ?? 'http://127.0.0.1:3006',
      education: read(env, 'EDUCATION_URL') ?? 'http://127.0.0.1:3005',
      strategy: read(env, 'STRATEGY_URL') ?? 'http://127.0.0.1:3007',
    },
    frontDoorPhone: read(env, 'FRONT_DOOR_PHONE') ?? '0161 496 0123',
    signInAttemptsPerMinute,
  };
}

/**
 * The services check forwarded tokens with AUTH_MODE=oidc (libs/auth); OIDC sign-in with the
 * services still on development tokens would sign people in to a portal that can do nothing.
 */
function oidcAccessTokenChecks(env: NodeJS.ProcessEnv, problems: string[]): OidcAuthConfig | undefined {
  if (read(env, 'AUTH_MODE') !== 'oidc' && env.NODE_ENV !== 'production') {
    problems.push(
      'AUTH_MODE=oidc (with AUTH_ISSUER and AUTH_JWKS_URL, as the services have) is required when PORTAL_SIGN_IN=oidc.',
    );
    return undefined;
  }
  try {
    return authConfigFromEnv(env) as OidcAuthConfig;
  } catch (error) {
    if (!(error instanceof AuthConfigError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

function read(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    problems.push(`${name} must be a positive whole number (got "${raw}").`);
    return fallback;
  }
  return value;
}

/** The Nest injection token for the checked configuration. */
export const PORTAL_CONFIG = Symbol('PORTAL_CONFIG');
