import { Agency, isAgency } from './agency';
import { InvalidTokenError } from './invalid-token.error';
import { isRole, Role } from './role';

/** Who is calling, as asserted by a verified token. */
export type AuthenticatedUser = {
  subject: string;
  name?: string;
  roles: Role[];
  agency: Agency;
  /** The caller's organisation within the agency, e.g. a school URN or a police force. */
  organisation: string;
};

/** The custom claims the front door expects beside the registered ones (`sub`, `iss`, ...). */
export type FrontDoorClaims = {
  sub: string;
  name?: string;
  roles: Role[];
  agency: Agency;
  org: string;
};

export function authenticatedUserFromClaims(claims: Record<string, unknown>): AuthenticatedUser {
  const { sub, name, roles, agency, org } = claims;

  if (!isNonEmptyString(sub)) throw invalidClaim('The token has no subject ("sub").');
  if (name !== undefined && typeof name !== 'string') {
    throw invalidClaim('The token\'s "name" claim is not a string.');
  }
  // A person with no role has nothing to do here; an unknown role means the identity provider
  // and this service disagree about the vocabulary, so we refuse rather than guess.
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw invalidClaim('The token\'s "roles" claim must be a non-empty list of known roles.');
  }
  if (!isAgency(agency)) throw invalidClaim('The token\'s "agency" claim is missing or not a known agency.');
  if (!isNonEmptyString(org)) throw invalidClaim('The token has no organisation ("org").');

  return {
    subject: sub,
    ...(name === undefined ? {} : { name }),
    roles: [...new Set(roles)],
    agency,
    organisation: org,
  };
}

export function claimsFromAuthenticatedUser(user: AuthenticatedUser): FrontDoorClaims {
  return {
    sub: user.subject,
    ...(user.name === undefined ? {} : { name: user.name }),
    roles: user.roles,
    agency: user.agency,
    org: user.organisation,
  };
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function invalidClaim(message: string): InvalidTokenError {
  return new InvalidTokenError('invalid-claims', message);
}
