import { SignJWT } from 'jose';
import { authConfigFromEnv, type AuthConfig } from './auth-config';
import { claimsFromAuthenticatedUser, type AuthenticatedUser } from './authenticated-user';

const DEFAULT_LIFETIME_SECONDS = 60 * 60;

export type DevelopmentTokenOptions = {
  expiresInSeconds?: number;
  /** Defaults to authConfigFromEnv(), i.e. what the services themselves will check against. */
  config?: AuthConfig;
};

export class DevelopmentTokenRefusedError extends Error {
  override readonly name = 'DevelopmentTokenRefusedError';
}

/**
 * Mints a token the services accept in development mode, for local runs, demos and tests.
 * It refuses in production, and in oidc mode, where only the identity provider issues tokens.
 */
export async function issueDevelopmentToken(
  user: AuthenticatedUser,
  options: DevelopmentTokenOptions = {},
): Promise<string> {
  if (process.env.NODE_ENV === 'production') {
    throw new DevelopmentTokenRefusedError('Development tokens cannot be issued when NODE_ENV=production.');
  }
  const config = options.config ?? authConfigFromEnv();
  if (config.mode !== 'development') {
    throw new DevelopmentTokenRefusedError(
      `Development tokens need AUTH_MODE=development (the configured mode is "${config.mode}").`,
    );
  }
  const lifetime = options.expiresInSeconds ?? DEFAULT_LIFETIME_SECONDS;
  if (!Number.isInteger(lifetime) || lifetime <= 0) {
    throw new RangeError('expiresInSeconds must be a positive whole number of seconds.');
  }

  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claimsFromAuthenticatedUser(user))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(new TextEncoder().encode(config.devSecret));
}
