import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, correlationIdFrom, withCorrelationId } from './correlation';

/**
 * Gives the rest of the request (guards, handlers, the outbox rows they write, their logs) the
 * caller's correlation id, or a new one, and hands it back in the response header.
 */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(request: Request & { id?: unknown }, response: Response, next: NextFunction): void {
    const correlationId = correlationIdFrom(request.id ?? request.headers[CORRELATION_HEADER]);
    request.id = correlationId;
    response.setHeader(CORRELATION_HEADER, correlationId);
    withCorrelationId(correlationId, next);
  }
}
