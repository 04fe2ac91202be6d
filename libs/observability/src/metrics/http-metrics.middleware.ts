import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Histogram } from 'prom-client';
import { routeOf } from '../logging';
import { MetricsRegistry } from './metrics-registry';

/** Request latency by route pattern, method and status: the service's side of every SLO. */
@Injectable()
export class HttpRequestDuration {
  readonly histogram: Histogram<'method' | 'route' | 'status_code'>;

  constructor(registry: MetricsRegistry) {
    this.histogram = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from request to response, by route pattern, method and status',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  }
}

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly duration: HttpRequestDuration) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const end = this.duration.histogram.startTimer();
    response.once('finish', () =>
      end({ method: request.method, route: routeOf(request), status_code: String(response.statusCode) }),
    );
    next();
  }
}
