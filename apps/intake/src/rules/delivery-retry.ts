/**
 * When to try an email again after its provider failed: soon at first, then less often, and
 * after `maxAttempts` not at all (the row then says "failed" with the provider's last error,
 * for a person to follow up by phone). A refusal the provider will repeat (a bad address, a
 * template that does not exist) is not retried.
 */
export interface DeliveryRetryPolicy {
  maxAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_DELIVERY_RETRY: DeliveryRetryPolicy = {
  maxAttempts: 8,
  firstDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
};

export type AfterFailure = { kind: 'retry'; at: Date } | { kind: 'give-up' };

export function afterFailedAttempt(
  policy: DeliveryRetryPolicy,
  attemptsMade: number,
  permanent: boolean,
  now: Date,
): AfterFailure {
  if (permanent || attemptsMade >= policy.maxAttempts) return { kind: 'give-up' };
  const delay = Math.min(policy.firstDelayMs * 2 ** (attemptsMade - 1), policy.maxDelayMs);
  return { kind: 'retry', at: new Date(now.getTime() + delay) };
}
