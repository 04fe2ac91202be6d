import { InvalidTokenError, Role } from '@frontdoor/auth';
import { hasMappedClaims, portalUserFromClaims } from './oidc-claims';

const names = { roles: 'roles', agency: 'agency', organisation: 'org', organisationName: 'org_name' };

describe('portalUserFromClaims', () => {
  it('maps the ID token claims to the session user', () => {
    expect(
      portalUserFromClaims(
        { sub: 'u-1', name: 'Sasha', roles: ['screener'], agency: 'children-social-care', org: 'trafford-cs' },
        names,
      ),
    ).toEqual({
      subject: 'u-1',
      name: 'Sasha',
      roles: [Role.Screener],
      agency: 'children-social-care',
      organisation: 'trafford-cs',
      organisationName: 'trafford-cs',
    });
  });

  it('reads the configured claim names, and roles sent as one string', () => {
    const custom = {
      roles: 'groups',
      agency: 'https://example.org/agency',
      organisation: 'tid',
      organisationName: 'tname',
    };
    const user = portalUserFromClaims(
      {
        sub: 'u-2',
        groups: 'manager auditor',
        'https://example.org/agency': 'children-social-care',
        tid: 'x',
        tname: 'Team X',
      },
      custom,
    );
    expect(user).toMatchObject({
      roles: [Role.Manager, Role.Auditor],
      organisation: 'x',
      organisationName: 'Team X',
      name: 'u-2',
    });
  });

  it.each([
    ['no roles', { sub: 'u', agency: 'police', org: 'gmp' }],
    ['an unknown role', { sub: 'u', roles: ['admin'], agency: 'police', org: 'gmp' }],
    ['an unknown agency', { sub: 'u', roles: ['police-officer'], agency: 'mi5', org: 'gmp' }],
    ['no organisation', { sub: 'u', roles: ['police-officer'], agency: 'police' }],
    ['no subject', { roles: ['police-officer'], agency: 'police', org: 'gmp' }],
  ])('refuses claims with %s', (_what, claims) => {
    expect(() => portalUserFromClaims(claims, names)).toThrow(InvalidTokenError);
  });

  it('says when userinfo is needed', () => {
    expect(hasMappedClaims({ sub: 'u', roles: [], agency: 'police', org: 'gmp' }, names)).toBe(true);
    expect(hasMappedClaims({ sub: 'u' }, names)).toBe(false);
  });
});
