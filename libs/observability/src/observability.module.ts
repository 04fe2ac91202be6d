import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CorrelationMiddleware } from './correlation.middleware';
import { CATCH_ALL_ROUTE, nestLoggerParams } from './logging';
import { HttpMetricsMiddleware, HttpRequestDuration } from './metrics/http-metrics.middleware';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsRegistry } from './metrics/metrics-registry';

/**
 * What every service has for operators: JSON logs with a correlation id (nestjs-pino), and
 * Prometheus metrics at `GET /metrics` in a registry of its own that other modules add to.
 */
export interface ObservabilityOptions {
  /**
   * Serve `GET /metrics` (default). An internet-facing app (the portal) leaves it out until a
   * scrape path that the public cannot reach is decided.
   */
  metricsEndpoint?: boolean;
}

@Module({})
export class ObservabilityModule implements NestModule {
  static forService(service: string, { metricsEndpoint = true }: ObservabilityOptions = {}): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      // Settings are read when the app is created, not when this file is imported.
      imports: [LoggerModule.forRootAsync({ useFactory: () => nestLoggerParams(service) })],
      controllers: metricsEndpoint ? [MetricsController] : [],
      providers: [
        { provide: MetricsRegistry, useFactory: () => MetricsRegistry.forService(service) },
        HttpRequestDuration,
      ],
      exports: [MetricsRegistry],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(CorrelationMiddleware, HttpMetricsMiddleware)
      .forRoutes({ path: CATCH_ALL_ROUTE, method: RequestMethod.ALL });
  }
}
