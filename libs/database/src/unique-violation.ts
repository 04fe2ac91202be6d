import { QueryFailedError } from 'typeorm';

/** Postgres's "unique_violation" SQLSTATE. */
const UNIQUE_VIOLATION = '23505';

/**
 * A write lost a race to a unique index (a double submit, two retries at once): the caller turns
 * it into the answer the winner's write makes true (usually a 409), never a 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === UNIQUE_VIOLATION
  );
}
