import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig } from './auth-config';
import { authenticatedUserFromClaims, type AuthenticatedUser } from './authenticated-user';
import { InvalidTokenError, TokenVerificationUnavailableError, type InvalidTokenReason } from './invalid-token.error';

// Allow for small clock drift between the identity provider and our pods, no more.
const CLOCK_TOLERANCE_SECONDS = 5;

// Asymmetric only: an identity provider never shares a secret with us, and refusing HS* here
// is what stops a token "signed" with the provider's public key (algorithm confusion).
const OIDC_ALGORITHMS = ['RS256', 'ES256', 'PS256'];
const DEVELOPMENT_ALGORITHMS = ['HS256'];

type SignatureCheck = (token: string) => Promise<JWTPayload>;

/** Turns a bearer token into an AuthenticatedUser, or refuses it with a reason. */
export class TokenVerifier {
  private readonly checkSignatureAndClaims: SignatureCheck;

  constructor(config: AuthConfig) {
    const expectations = {
      issuer: config.issuer,
      audience: config.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      // jose only checks `exp` when present; a token that never expires is not acceptable.
      requiredClaims: ['exp', 'sub'],
    };

    if (config.mode === 'oidc') {
      // Fetched lazily and cached by jose, which also refetches when an unknown `kid` appears
      // so the identity provider can rotate keys without a restart.
      const keySet = createRemoteJWKSet(new URL(config.jwksUrl));
      this.checkSignatureAndClaims = async (token) =>
        (await jwtVerify(token, keySet, { ...expectations, algorithms: OIDC_ALGORITHMS })).payload;
    } else {
      const secret = new TextEncoder().encode(config.devSecret);
      this.checkSignatureAndClaims = async (token) =>
        (await jwtVerify(token, secret, { ...expectations, algorithms: DEVELOPMENT_ALGORITHMS })).payload;
    }
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    if (typeof token !== 'string' || token.length === 0) {
      throw new InvalidTokenError('malformed', REASON_MESSAGES.malformed);
    }
    let claims: JWTPayload;
    try {
      claims = await this.checkSignatureAndClaims(token);
    } catch (error) {
      throw translateVerificationFailure(error);
    }
    return authenticatedUserFromClaims(claims);
  }
}

const REASON_MESSAGES: Record<InvalidTokenReason, string> = {
  malformed: 'The bearer token is not a well-formed signed JWT.',
  expired: 'The bearer token has expired.',
  'not-yet-valid': 'The bearer token is not valid yet.',
  'wrong-issuer': 'The bearer token was not issued by the trusted identity provider.',
  'wrong-audience': 'The bearer token was not issued for this service.',
  'algorithm-not-allowed': 'The bearer token uses a signing algorithm that is not accepted.',
  'bad-signature': 'The bearer token signature is not valid.',
  'unknown-signing-key': 'The bearer token was signed with a key the identity provider does not publish.',
  'invalid-claims': 'The bearer token is missing required claims or they are not valid.',
};

/**
 * Maps jose's failures onto our reasons. jose's own errors are deliberately not kept as the
 * cause: claim failures carry the whole decoded payload, personal data included.
 */
function translateVerificationFailure(error: unknown): Error {
  const invalid = (reason: InvalidTokenReason) => new InvalidTokenError(reason, REASON_MESSAGES[reason]);

  if (error instanceof errors.JWTExpired) return invalid('expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return invalid('wrong-issuer');
    if (error.claim === 'aud') return invalid('wrong-audience');
    if (error.claim === 'nbf') return invalid('not-yet-valid');
    return invalid('invalid-claims');
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return invalid('algorithm-not-allowed');
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid('bad-signature');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return invalid('unknown-signing-key');
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return invalid('malformed');
  }
  // What is left is about fetching or reading the key set (timeouts, refused connections,
  // non-200 answers, broken JWKS): the token may be fine, we just cannot tell right now.
  return new TokenVerificationUnavailableError(
    'The identity provider signing keys could not be loaded; the token could not be checked.',
  );
}
