import type { NodeSDK, tracing } from '@opentelemetry/sdk-node';

/**
 * Tracing is off unless the standard OpenTelemetry variables ask for it: an exporter
 * (`OTEL_TRACES_EXPORTER`, e.g. `otlp` or `console`) or an OTLP endpoint, and not
 * `OTEL_SDK_DISABLED=true`. Everything else (`OTEL_SERVICE_NAME`, `OTEL_EXPORTER_OTLP_*`,
 * sampling) is read by the SDK itself.
 */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  const exporter = env.OTEL_TRACES_EXPORTER?.trim();
  if (exporter) return exporter !== 'none';
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

export interface TracingOptions {
  env?: NodeJS.ProcessEnv;
  /** Replaces the exporters the environment names (tests export to memory). */
  spanProcessors?: tracing.SpanProcessor[];
}

/**
 * Starts OpenTelemetry with HTTP, Express, Postgres and Kafka instrumentation, when asked for.
 * Await it before the app's modules load (main.ts imports the app afterwards), so the libraries
 * are patched as they are first required. The SDK itself is loaded only then: a service that
 * does not trace does not carry it. Returns the SDK to shut down, or undefined when off.
 */
export async function startTracing(service: string, options: TracingOptions = {}): Promise<NodeSDK | undefined> {
  const env = options.env ?? process.env;
  if (!tracingRequested(env)) return undefined;
  const [
    { NodeSDK },
    { HttpInstrumentation },
    { ExpressInstrumentation },
    { PgInstrumentation },
    { KafkaJsInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-express'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-kafkajs'),
  ]);
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? service,
    spanProcessors: options.spanProcessors,
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes every few seconds would drown the traces that matter.
        ignoreIncomingRequestHook: (request) => /^\/(health(\/live|\/ready)?|metrics)$/.test(request.url ?? ''),
      }),
      new ExpressInstrumentation(),
      // Statement text only: parameters carry names and dates of birth.
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new KafkaJsInstrumentation(),
    ],
  });
  sdk.start();
  const stop = () => void sdk.shutdown().catch(() => undefined);
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return sdk;
}
