import { FactoryProvider, InjectionToken } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry, sampled } from './metrics-registry';

export interface SlaBreachCount {
  /** What missed its deadline, e.g. `screening-decision`, `marac-action`. */
  measure: string;
  /** red / amber / green where the deadline depends on it, otherwise `none`. */
  rag?: string;
  count: number;
}

export interface SlaMeasure {
  measure: string;
  rags?: readonly string[];
}

export const SLA_SAMPLE_MS = 10_000;

/**
 * `frontdoor_sla_breaches{measure, rag}`: how many things are past their deadline right now.
 * Each service says what it counts; every measure (and RAG) it names is reported, at 0 when none
 * are late, so an alert can tell "nothing late" from "not measured".
 */
export function registerSlaBreaches(
  registry: MetricsRegistry,
  measures: readonly SlaMeasure[],
  read: () => Promise<SlaBreachCount[]>,
  maxAgeMs = SLA_SAMPLE_MS,
): Gauge<'measure' | 'rag'> {
  const reading = sampled(read, maxAgeMs);
  return new Gauge({
    name: 'frontdoor_sla_breaches',
    help: 'Items past their statutory or agreed deadline now, by measure and RAG',
    labelNames: ['measure', 'rag'],
    registers: [registry],
    async collect() {
      const counts = await reading();
      this.reset();
      for (const { measure, rags } of measures) {
        for (const rag of rags ?? ['none']) this.set({ measure, rag }, 0);
      }
      for (const { measure, rag, count } of counts) this.set({ measure, rag: rag ?? 'none' }, count);
    },
  });
}

/**
 * A provider that registers a service's SLA breach counts on its metrics: `inject` names what
 * `reader` needs (usually the DataSource) and `reader` returns the function a scrape calls.
 */
export function slaBreachesProvider<Dependencies extends unknown[]>(
  measures: readonly SlaMeasure[],
  inject: InjectionToken[],
  reader: (...dependencies: Dependencies) => () => Promise<SlaBreachCount[]>,
): FactoryProvider<Gauge<'measure' | 'rag'>> {
  return {
    provide: Symbol('SLA_BREACHES'),
    inject: [MetricsRegistry, ...inject],
    useFactory: (registry: MetricsRegistry, ...dependencies: unknown[]) =>
      registerSlaBreaches(registry, measures, reader(...(dependencies as Dependencies))),
  };
}
