import { trace } from '@opentelemetry/api';
import { tracing } from '@opentelemetry/sdk-node';
import { startTracing, tracingRequested } from './start-tracing';

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
  });

  it('exports spans, named for the service, when switched on', async () => {
    const exporter = new tracing.InMemorySpanExporter();
    const processor = new tracing.SimpleSpanProcessor(exporter);
    const sdk = await startTracing('intake', { env: { OTEL_TRACES_EXPORTER: 'console' }, spanProcessors: [processor] });
    try {
      expect(sdk).toBeDefined();
      trace.getTracer('test').startActiveSpan('POST /contacts', (span) => span.end());
      // Export waits for the resource (host, process) to be detected.
      await processor.forceFlush();
      const [exported] = exporter.getFinishedSpans();
      expect(exported.name).toBe('POST /contacts');
      expect(exported.resource.attributes['service.name']).toBe('intake');
    } finally {
      await sdk?.shutdown();
    }
  });
});
