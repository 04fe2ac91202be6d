export * from './correlation';
export * from './logging';
export * from './metrics/metrics-registry';
export * from './metrics/sla-breaches';
export * from './observability.module';
export * from './trace-context';
