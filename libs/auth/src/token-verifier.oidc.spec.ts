import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { Agency } from './agency';
import type { OidcAuthConfig } from './auth-config';
import { InvalidTokenError, TokenVerificationUnavailableError } from './invalid-token.error';
import { Role } from './role';
import { TokenVerifier } from './token-verifier';

const ISSUER = 'https://idp.frontdoor.test/realms/frontdoor';
const AUDIENCE = 'frontdoor';
const KEY_ID = 'idp-signing-key-1';

const officerClaims: JWTPayload = {
  sub: 'demo-police-officer',
  name: 'PC Pat Patrol (demo)',
  roles: [Role.PoliceOfficer],
  agency: Agency.Police,
  org: 'gmp',
};

/** Stands in for the identity provider's JWKS endpoint. */
async function serveJwks(body: object): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/realms/frontdoor/certs`, server };
}

async function portWithNothingListening(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function signAsIdentityProvider(key: KeyLike | Uint8Array, alg: string, kid = KEY_ID): Promise<string> {
  return new SignJWT(officerClaims)
    .setProtectedHeader({ alg, kid })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
}

describe('TokenVerifier in oidc mode', () => {
  let identityProviderKeys: { publicKey: KeyLike; privateKey: KeyLike };
  let jwks: { url: string; server: Server };
  let verifier: TokenVerifier;

  beforeAll(async () => {
    identityProviderKeys = await generateKeyPair('RS256');
    const publicJwk = await exportJWK(identityProviderKeys.publicKey);
    jwks = await serveJwks({ keys: [{ ...publicJwk, kid: KEY_ID, alg: 'RS256', use: 'sig' }] });
    const config: OidcAuthConfig = { mode: 'oidc', issuer: ISSUER, audience: AUDIENCE, jwksUrl: jwks.url };
    verifier = new TokenVerifier(config);
  });

  afterAll(async () => {
    await new Promise((resolve) => jwks.server.close(resolve));
  });

  it('accepts an RS256 token signed with a key from the JWKS', async () => {
    const token = await signAsIdentityProvider(identityProviderKeys.privateKey, 'RS256');

    await expect(verifier.verify(token)).resolves.toEqual({
      subject: 'demo-police-officer',
      name: 'PC Pat Patrol (demo)',
      roles: [Role.PoliceOfficer],
      agency: Agency.Police,
      organisation: 'gmp',
    });
  });

  it('rejects an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const publicKeyPem = await exportSPKI(identityProviderKeys.publicKey);
    const forged = await signAsIdentityProvider(new TextEncoder().encode(publicKeyPem), 'HS256');

    await expect(verifier.verify(forged)).rejects.toMatchObject({
      name: 'InvalidTokenError',
      reason: 'algorithm-not-allowed',
    });
  });

  it('rejects a token signed by a key pretending to have the published key id', async () => {
    const impostor = await generateKeyPair('RS256');
    const forged = await signAsIdentityProvider(impostor.privateKey, 'RS256');

    await expect(verifier.verify(forged)).rejects.toMatchObject({ reason: 'bad-signature' });
  });

  it('rejects a token whose key id the identity provider does not publish', async () => {
    const impostor = await generateKeyPair('RS256');
    const forged = await signAsIdentityProvider(impostor.privateKey, 'RS256', 'unknown-key');

    const error = await verifier.verify(forged).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InvalidTokenError);
    expect(error).toMatchObject({ reason: 'unknown-signing-key' });
  });

  it('reports an unreachable JWKS as unavailable, not as a bad token', async () => {
    const port = await portWithNothingListening();
    const unreachable = new TokenVerifier({
      mode: 'oidc',
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: `http://127.0.0.1:${port}/certs`,
    });
    const token = await signAsIdentityProvider(identityProviderKeys.privateKey, 'RS256');

    await expect(unreachable.verify(token)).rejects.toBeInstanceOf(TokenVerificationUnavailableError);
  });
});
