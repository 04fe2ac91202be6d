import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter turns an unknown error into `{ status: 'error', message:
 * 'Internal server error' }`. Our Kafka server decides what a failure means (retry, then
 * dead-letter with the reason), so handler errors reach it unchanged.
 */
@Catch()
export class EventErrorPassthroughFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
