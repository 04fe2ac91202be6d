import { Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per application rather than prom-client's global one: tests run several services
 * in one process, and each must expose only its own figures.
 */
export class MetricsRegistry extends Registry {
  static forService(service: string): MetricsRegistry {
    const registry = new MetricsRegistry();
    registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: registry });
    return registry;
  }
}

/**
 * Shares one reading between the gauges it feeds and across scrapes for `maxAgeMs`, so a busy
 * Prometheus (or several) cannot turn metrics into load on Postgres or the Kafka controller.
 */
export function sampled<T>(read: () => Promise<T>, maxAgeMs: number, now = () => Date.now()): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (!last || now() - last.at >= maxAgeMs) {
      const value = read();
      last = { at: now(), value };
      // A failed reading is not kept: the next scrape tries again.
      value.catch(() => (last = undefined));
    }
    return last.value;
  };
}
