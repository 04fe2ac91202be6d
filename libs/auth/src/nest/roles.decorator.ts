import { SetMetadata } from '@nestjs/common';
import type { Role } from '../role';

export const REQUIRED_ROLES = 'frontdoor:auth:roles';

/**
 * Lets through users holding at least one of these roles. On a handler it replaces whatever
 * the controller declares; without @Roles any authenticated user is let through.
 */
export const Roles = (...roles: Role[]) => {
  // An empty list would read as "anyone" to one reader and "no one" to another.
  if (roles.length === 0) throw new Error('@Roles() needs at least one role.');
  return SetMetadata(REQUIRED_ROLES, roles);
};
