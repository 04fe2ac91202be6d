import { AuthenticatedUser, DEMO_USERS, Role, issueDevelopmentToken } from '@frontdoor/auth';

/** A development token for the first demo user with `role`, with any claims overridden. */
export async function tokenFor(role: Role, overrides: Partial<AuthenticatedUser> = {}): Promise<string> {
  const user = DEMO_USERS.find((candidate) => candidate.roles.includes(role));
  if (!user) throw new Error(`no demo user has role ${role}`);
  const { description: _description, ...identity } = user;
  return issueDevelopmentToken({ ...identity, ...overrides });
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}
