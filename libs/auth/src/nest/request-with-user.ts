import type { AuthenticatedUser } from '../authenticated-user';

/** The slice of the HTTP request the auth guards read and write. */
export type RequestWithUser = {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
};
