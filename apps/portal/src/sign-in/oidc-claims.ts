import { authenticatedUserFromClaims } from '@frontdoor/auth';
import type { OidcClaimNames } from '../portal-config';
import type { PortalUser } from '../session/portal-session';

/**
 * The session user from the identity provider's claims (ID token, with userinfo merged over it),
 * read at the configured claim names and held to the same rules the services apply to a token:
 * known roles only, a known agency, an organisation. Anything else refuses the sign-in.
 */
export function portalUserFromClaims(
  claims: Record<string, unknown>,
  names: OidcClaimNames,
): PortalUser & { organisationName: string } {
  const roles = claims[names.roles];
  const user = authenticatedUserFromClaims({
    sub: claims.sub,
    name: claims.name,
    // Some providers send a single role as a string, or roles space-separated.
    roles: typeof roles === 'string' ? roles.split(/\s+/).filter(Boolean) : roles,
    agency: claims[names.agency],
    org: claims[names.organisation],
  });
  const organisationName = claims[names.organisationName];
  return {
    subject: user.subject,
    name: user.name ?? user.subject,
    roles: user.roles,
    agency: user.agency,
    organisation: user.organisation,
    organisationName: typeof organisationName === 'string' && organisationName ? organisationName : user.organisation,
  };
}

/** Whether the claims already hold everything the mapping needs (if not, userinfo is asked). */
export function hasMappedClaims(claims: Record<string, unknown>, names: OidcClaimNames): boolean {
  return [names.roles, names.agency, names.organisation].every((name) => claims[name] !== undefined);
}
