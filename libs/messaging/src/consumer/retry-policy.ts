export interface RetryPolicy {
  /** Attempts before the message goes to the dead-letter topic (first try included). */
  maxAttempts: number;
  /** Delay before attempt n+1, in milliseconds. */
  delayMs(attempt: number): number;
}

/** Short, growing pauses: a handler stuck behind one message blocks its partition meanwhile. */
export function exponentialBackoff(maxAttempts = 4, baseMs = 200, capMs = 5000): RetryPolicy {
  return { maxAttempts, delayMs: (attempt) => Math.min(capMs, baseMs * 2 ** (attempt - 1)) };
}
