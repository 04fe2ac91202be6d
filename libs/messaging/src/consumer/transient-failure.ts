/**
 * Failures that say nothing about the message, only that something it needs (Postgres, the
 * network) is briefly unavailable. Retrying them until it is back loses nothing; sending the
 * message to the dead-letter topic would lose a referral that was perfectly good.
 */
const TRANSIENT_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);

// SQLSTATE: connection exceptions (class 08), shutting down or starting up (57P01-57P03),
// too many connections (53300), and conflicts another attempt will not meet (40001, 40P01).
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01']);

const TRANSIENT_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Client has encountered a connection error/i,
  // A database closed to new connections for maintenance (ALTER DATABASE ... ALLOW_CONNECTIONS false).
  /is not currently accepting connections/i,
];

export function isTransientFailure(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (TRANSIENT_SYSTEM_CODES.has(code) || TRANSIENT_SQLSTATES.has(code) || code.startsWith('08'))
    ) {
      return true;
    }
    if (typeof message === 'string' && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // TypeORM keeps the driver's error as driverError; Node as cause.
    const wrapped = cause as { driverError?: unknown; cause?: unknown };
    cause = wrapped.driverError ?? wrapped.cause;
  }
  return false;
}
