import { decodeJwt, decodeProtectedHeader } from 'jose';
import { Agency } from './agency';
import type { AuthConfig } from './auth-config';
import type { AuthenticatedUser } from './authenticated-user';
import { DEMO_USERS, firstDemoUserWithRole } from './demo-users';
import { DevelopmentTokenRefusedError, issueDevelopmentToken } from './development-token';
import { Role } from './role';
import { TokenVerifier } from './token-verifier';

const config: AuthConfig = {
  mode: 'development',
  issuer: 'frontdoor-dev',
  audience: 'frontdoor',
  devSecret: 'a-development-secret-that-is-long-enough',
};

const manager: AuthenticatedUser = {
  subject: 'demo-manager',
  name: 'Morgan Manager (demo)',
  roles: [Role.Manager],
  agency: Agency.ChildrenSocialCare,
  organisation: 'trafford-cs',
};

describe('issueDevelopmentToken', () => {
  const originalNodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = originalNodeEnv;
  });

  it('signs HS256 with the configured issuer, audience and lifetime', async () => {
    const token = await issueDevelopmentToken(manager, { config, expiresInSeconds: 120 });

    const claims = decodeJwt(token);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(claims).toMatchObject({ iss: 'frontdoor-dev', aud: 'frontdoor', sub: 'demo-manager', org: 'trafford-cs' });
    expect(claims.exp! - claims.iat!).toBe(120);
    await expect(new TokenVerifier(config).verify(token)).resolves.toEqual(manager);
  });

  it('refuses when NODE_ENV=production', async () => {
    process.env.NODE_ENV = 'production';

    await expect(issueDevelopmentToken(manager, { config })).rejects.toThrow(DevelopmentTokenRefusedError);
  });

  it('refuses in oidc mode, where only the identity provider issues tokens', async () => {
    const oidc: AuthConfig = { mode: 'oidc', issuer: 'idp', audience: 'frontdoor', jwksUrl: 'https://idp/certs' };

    await expect(issueDevelopmentToken(manager, { config: oidc })).rejects.toThrow(/AUTH_MODE=development/);
  });

  it('refuses a lifetime that is not a positive whole number', async () => {
    await expect(issueDevelopmentToken(manager, { config, expiresInSeconds: 0 })).rejects.toThrow(RangeError);
  });
});

describe('DEMO_USERS', () => {
  it('has a demo user for every role, so every role can get a token', () => {
    for (const role of Object.values(Role)) expect(firstDemoUserWithRole(role)).toBeDefined();
  });

  it('has unique subjects', () => {
    const subjects = DEMO_USERS.map((user) => user.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it('has designated safeguarding leads at two different schools, identified by URN', () => {
    const schools = DEMO_USERS.filter((user) => user.roles.includes(Role.SchoolDsl)).map((user) => user.organisation);
    expect(schools).toEqual(['school-141001', 'school-141002']);
  });

  it('marks every name as a demo', () => {
    for (const user of DEMO_USERS) expect(user.name).toMatch(/\(demo\)$/);
  });
});
