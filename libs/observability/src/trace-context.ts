import { context, propagation } from '@opentelemetry/api';

/**
 * The W3C `traceparent` of the span running now, for an event to carry across the outbox; undefined
 * when tracing is off (the API then has no propagator) or no span is active.
 */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** Runs `work` as part of the trace an event came from, when it names one. */
export function withTraceContext<T>(traceparent: string | undefined, work: () => T): T {
  if (!traceparent) return work();
  return context.with(propagation.extract(context.active(), { traceparent }), work);
}
