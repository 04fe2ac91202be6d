import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The header a caller may send, and every response carries, naming the chain of work it belongs to. */
export const CORRELATION_HEADER = 'x-correlation-id';
/** The Kafka header the outbox relay writes and consumers read. */
export const CORRELATION_KAFKA_HEADER = 'correlation-id';

interface CorrelationScope {
  correlationId: string;
}

const scopes = new AsyncLocalStorage<CorrelationScope>();

// Caller-chosen ids end up in logs and on events: keep them short and plain so a hostile header
// can neither forge log structure nor smuggle personal data in bulk.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:@/-]{1,128}$/;

/** The caller's id when it is a sensible one, otherwise a fresh one. */
export function correlationIdFrom(candidate: unknown): string {
  const value = Array.isArray(candidate) ? candidate[0] : candidate;
  if (Buffer.isBuffer(value)) return correlationIdFrom(value.toString('utf8'));
  return typeof value === 'string' && ACCEPTABLE_ID.test(value) ? value : randomUUID();
}

/** Runs `work` with `correlationId` as the id of everything it logs and publishes. */
export function withCorrelationId<T>(correlationId: string, work: () => T): T {
  return scopes.run({ correlationId }, work);
}

/** The id of the request or event being handled, if any. */
export function currentCorrelationId(): string | undefined {
  return scopes.getStore()?.correlationId;
}
