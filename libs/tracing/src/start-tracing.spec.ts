import { Topics, createEnvelope, parseEnvelope } from '@frontdoor/contracts';
import { currentTraceparent, withTraceContext } from '@frontdoor/observability';
import { trace } from '@opentelemetry/api';
import { tracing } from '@opentelemetry/sdk-node';
import { startTracing, tracingRequested } from './start-tracing';

/** An event as the outbox writes it, with the trace context of the work that raised it. */
function deadLetterEvent(traceparent: string | undefined) {
  const payload = {
    originalTopic: Topics.ContactReceived.name,
    partition: 0,
    offset: '1',
    valueBase64: '',
    consumerGroup: 'screening',
    error: 'test',
    attempts: 1,
    failedAt: new Date().toISOString(),
  };
  return createEnvelope(Topics.DeadLetter, payload, { producer: 'test', traceparent });
}

describe('tracing', () => {
  it('is off by default, and on only when an exporter or endpoint is named', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'console', OTEL_SDK_DISABLED: 'true' })).toBe(false);
  });

  it('starts nothing when off: spans are not recorded', async () => {
    expect(await startTracing('intake', { env: {} })).toBeUndefined();
    const span = trace.getTracer('test').startSpan('off');
    expect(span.isRecording()).toBe(false);
    span.end();
    expect(currentTraceparent()).toBeUndefined();
    expect(deadLetterEvent(currentTraceparent())).not.toHaveProperty('traceparent');
  });

  // One SDK per process: the API refuses a second global registration, so both checks share it.
  it('exports spans named for the service when switched on, and carries a trace across an event', async () => {
    const exporter = new tracing.InMemorySpanExporter();
    const processor = new tracing.SimpleSpanProcessor(exporter);
    const sdk = await startTracing('intake', { env: { OTEL_TRACES_EXPORTER: 'console' }, spanProcessors: [processor] });
    try {
      expect(sdk).toBeDefined();
      const tracer = trace.getTracer('test');
      const sent = tracer.startActiveSpan('POST /contacts', (span) => {
        span.end();
        return deadLetterEvent(currentTraceparent());
      });
      // The consumer's work joins the trace of the request that raised the event.
      const received = parseEnvelope(Topics.DeadLetter, JSON.parse(JSON.stringify(sent)));
      withTraceContext(received.traceparent, () => tracer.startActiveSpan('handle', (span) => span.end()));
      // Export waits for the resource (host, process) to be detected.
      await processor.forceFlush();
      const [request, handler] = exporter.getFinishedSpans();
      expect(request.name).toBe('POST /contacts');
      expect(request.resource.attributes['service.name']).toBe('intake');
      expect(received.traceparent).toContain(request.spanContext().traceId);
      expect(handler.spanContext().traceId).toBe(request.spanContext().traceId);
      expect(() =>
        parseEnvelope(Topics.DeadLetter, { ...JSON.parse(JSON.stringify(sent)), traceparent: 'Jane Smith' }),
      ).toThrow(/traceparent/);
    } finally {
      await sdk?.shutdown();
    }
  });
});
