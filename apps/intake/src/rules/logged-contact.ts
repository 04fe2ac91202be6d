import { Role } from '@frontdoor/auth';
import type { ContactDetailsV1 } from '@frontdoor/contracts';

/** The people who take calls, emails and visits at the front door and log them as contacts. */
export const CONTACT_LOGGERS: readonly Role[] = [Role.Screener, Role.Manager];

/**
 * A contact that says how the front door took it (`source.channel`) was logged by a screener or
 * manager for someone else. Anyone else sending one would be claiming to be the front door, so it
 * is refused; what the problem is, in words for the problem details, or undefined when allowed.
 */
export function loggedContactProblem(submitterRoles: readonly Role[], details: ContactDetailsV1): string | undefined {
  if (details.source.channel === undefined) return undefined;
  if (submitterRoles.some((role) => CONTACT_LOGGERS.includes(role))) return undefined;
  return 'only the front door (a screener or manager) logs a contact it took by phone, email or in person';
}
