// RFC 6750 §2.1: "Bearer" (any case), one space, then a b64token.
const BEARER_AUTHORIZATION = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

export function bearerTokenFrom(authorization: string | string[] | undefined): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  return BEARER_AUTHORIZATION.exec(authorization.trim())?.[1];
}
