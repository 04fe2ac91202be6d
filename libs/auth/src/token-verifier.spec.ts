import { SignJWT, type JWTPayload } from 'jose';
import { Agency } from './agency';
import type { DevelopmentAuthConfig } from './auth-config';
import { issueDevelopmentToken } from './development-token';
import { InvalidTokenError, type InvalidTokenReason } from './invalid-token.error';
import { Role } from './role';
import { TokenVerifier } from './token-verifier';

const config: DevelopmentAuthConfig = {
  mode: 'development',
  issuer: 'frontdoor-dev',
  audience: 'frontdoor',
  devSecret: 'a-development-secret-that-is-long-enough',
};

const screenerClaims = {
  sub: 'demo-screener-1',
  name: 'Sasha Screener (demo)',
  roles: [Role.Screener],
  agency: Agency.ChildrenSocialCare,
  org: 'trafford-cs',
};

const nowInSeconds = () => Math.floor(Date.now() / 1000);

function signDevelopmentToken(
  claims: JWTPayload,
  overrides: { issuer?: string; audience?: string; expiresAt?: number; secret?: string } = {},
): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(overrides.issuer ?? config.issuer)
    .setAudience(overrides.audience ?? config.audience)
    .setIssuedAt();
  if (overrides.expiresAt !== 0) jwt.setExpirationTime(overrides.expiresAt ?? nowInSeconds() + 300);
  return jwt.sign(new TextEncoder().encode(overrides.secret ?? config.devSecret));
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

async function rejectionOf(promise: Promise<unknown>): Promise<InvalidTokenError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidTokenError);
  return error as InvalidTokenError;
}

describe('TokenVerifier in development mode', () => {
  const verifier = new TokenVerifier(config);

  it('accepts a token from issueDevelopmentToken and maps the claims', async () => {
    const token = await issueDevelopmentToken(
      {
        subject: 'demo-dsl-oakfield',
        name: 'Olive Oakfield (demo)',
        roles: [Role.SchoolDsl],
        agency: Agency.Education,
        organisation: 'school-141001',
      },
      { config },
    );

    await expect(verifier.verify(token)).resolves.toEqual({
      subject: 'demo-dsl-oakfield',
      name: 'Olive Oakfield (demo)',
      roles: [Role.SchoolDsl],
      agency: Agency.Education,
      organisation: 'school-141001',
    });
  });

  it('accepts a token without a name and removes repeated roles', async () => {
    const { name: _name, ...claims } = screenerClaims;
    const token = await signDevelopmentToken({ ...claims, roles: [Role.Screener, Role.Screener, Role.Manager] });

    const user = await verifier.verify(token);

    expect(user).not.toHaveProperty('name');
    expect(user.roles).toEqual([Role.Screener, Role.Manager]);
  });

  it('tolerates a few seconds of clock drift on expiry', async () => {
    const token = await signDevelopmentToken(screenerClaims, { expiresAt: nowInSeconds() - 2 });

    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'demo-screener-1' });
  });

  const refusals: Array<[string, () => Promise<string>, InvalidTokenReason]> = [
    ['an expired token', () => signDevelopmentToken(screenerClaims, { expiresAt: nowInSeconds() - 60 }), 'expired'],
    ['a token that never expires', () => signDevelopmentToken(screenerClaims, { expiresAt: 0 }), 'invalid-claims'],
    [
      'a token from another issuer',
      () => signDevelopmentToken(screenerClaims, { issuer: 'someone-else' }),
      'wrong-issuer',
    ],
    [
      'a token for another audience',
      () => signDevelopmentToken(screenerClaims, { audience: 'elsewhere' }),
      'wrong-audience',
    ],
    [
      'an unsigned token (alg: none)',
      async () =>
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
          ...screenerClaims,
          iss: config.issuer,
          aud: config.audience,
          exp: nowInSeconds() + 300,
        })}.`,
      'algorithm-not-allowed',
    ],
    [
      'a token signed with another secret',
      () => signDevelopmentToken(screenerClaims, { secret: 'another-secret-that-is-also-long-enough' }),
      'bad-signature',
    ],
    [
      'a token whose claims were edited after signing',
      async () => {
        const [header, , signature] = (await signDevelopmentToken(screenerClaims)).split('.');
        const registered = { iss: config.issuer, aud: config.audience, exp: nowInSeconds() + 300 };
        const promoted = { ...screenerClaims, ...registered, roles: [Role.Manager] };
        return `${header}.${base64url(promoted)}.${signature}`;
      },
      'bad-signature',
    ],
    ['something that is not a JWT', async () => 'not-a-jwt', 'malformed'],
    ['an empty string', async () => '', 'malformed'],
    [
      'an unknown role',
      () => signDevelopmentToken({ ...screenerClaims, roles: ['screener', 'superuser'] }),
      'invalid-claims',
    ],
    ['roles given as a string', () => signDevelopmentToken({ ...screenerClaims, roles: 'screener' }), 'invalid-claims'],
    ['no roles at all', () => signDevelopmentToken({ ...screenerClaims, roles: [] }), 'invalid-claims'],
    ['a missing agency', () => signDevelopmentToken({ ...screenerClaims, agency: undefined }), 'invalid-claims'],
    ['an unknown agency', () => signDevelopmentToken({ ...screenerClaims, agency: 'fire-service' }), 'invalid-claims'],
    ['a missing organisation', () => signDevelopmentToken({ ...screenerClaims, org: undefined }), 'invalid-claims'],
    ['a missing subject', () => signDevelopmentToken({ ...screenerClaims, sub: undefined }), 'invalid-claims'],
    ['a non-string name', () => signDevelopmentToken({ ...screenerClaims, name: 42 }), 'invalid-claims'],
  ];

  it.each(refusals)('rejects %s', async (_description, makeToken, reason) => {
    const token = await makeToken();

    const error = await rejectionOf(verifier.verify(token));

    expect(error.reason).toBe(reason);
    if (token) expect(error.message).not.toContain(token);
    expect(error.message).not.toContain(screenerClaims.name);
    expect(error).not.toHaveProperty('cause');
  });
});
