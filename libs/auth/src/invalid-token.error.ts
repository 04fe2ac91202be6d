export type InvalidTokenReason =
  | 'malformed'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'algorithm-not-allowed'
  | 'bad-signature'
  | 'unknown-signing-key'
  | 'invalid-claims';

/**
 * The caller's token cannot be trusted. The message is written to be safe to send back to the
 * client: it names the problem but never repeats the token or any of its claim values, because
 * those carry personal data (names) and would end up in logs.
 */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';

  constructor(
    readonly reason: InvalidTokenReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The token could not be checked at all (the identity provider's key set is unreachable or
 * broken). Kept apart from InvalidTokenError so the edge can answer 503 rather than telling a
 * user with a good token that it is bad.
 */
export class TokenVerificationUnavailableError extends Error {
  override readonly name = 'TokenVerificationUnavailableError';
}
