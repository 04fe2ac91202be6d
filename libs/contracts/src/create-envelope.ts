import { randomUUID } from 'node:crypto';
import { EventEnvelope } from './envelope';
import { TopicDefinition } from './topic';
import { validatePayload } from './validation/validate-contract';

export interface EnvelopeOrigin {
  /** The service that produces the event, e.g. `intake`. */
  producer: string;
  /** Carried from the request or event that caused this one; a new id starts a new chain. */
  correlationId?: string;
  /** The W3C trace context to continue, when tracing is on. */
  traceparent?: string;
  occurredAt?: Date;
}

/** Builds a validated envelope for a topic: a payload that breaks its contract never leaves. */
export function createEnvelope<P extends object>(
  topic: TopicDefinition<P>,
  payload: P,
  origin: EnvelopeOrigin,
): EventEnvelope<P> {
  validatePayload(topic, payload, 'produce');
  const eventId = randomUUID();
  return {
    eventId,
    type: topic.type,
    version: topic.version,
    occurredAt: (origin.occurredAt ?? new Date()).toISOString(),
    correlationId: origin.correlationId ?? eventId,
    producer: origin.producer,
    ...(origin.traceparent ? { traceparent: origin.traceparent } : {}),
    payload,
  };
}
