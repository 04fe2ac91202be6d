import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { FieldError } from '@frontdoor/contracts';
import { Request, Response } from 'express';
import { Observable, throwError } from 'rxjs';

/** RFC 9457 problem details, with the fields that failed validation when there are any. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: FieldError[];
  /** On a failed health check: each dependency's state. */
  checks?: object;
}

/** What body-parser throws (an http-errors error): a 4xx with `expose`, a `type` when it named one. */
interface BodyParserError {
  status: number;
  expose: true;
  type?: string;
  code?: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError>;
  return typeof candidate?.status === 'number' && candidate.status < 500 && candidate.expose === true;
}

/** Why the body could not be read, in words a caller can act on. */
function bodyProblem(error: BodyParserError): string {
  if (error.type === 'entity.too.large') return 'The request body is too large';
  if (error.type === 'encoding.unsupported') {
    return 'The request body is compressed in a way we do not accept (send identity, gzip, deflate or br)';
  }
  if (error.type === 'charset.unsupported') return 'The request body is not in a character set we accept (send UTF-8)';
  // zlib's own error (Z_DATA_ERROR, Z_BUF_ERROR): the body is not what its Content-Encoding says.
  if (error.code?.startsWith('Z_')) return 'The request body is not compressed as its Content-Encoding header says';
  return 'The request body is not valid JSON';
}

function isHealthReport(fields: Record<string, unknown>): fields is { status: 'error'; details: object } {
  return fields.status === 'error' && typeof fields.details === 'object' && fields.details !== null;
}

/** Every error leaves as problem details; a 5xx never reveals its cause to the caller. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    // Not ours to shape: event handlers' errors go back to the transport that retries them.
    if (host.getType() !== 'http') return throwError(() => exception);
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const problem = this.toProblem(exception, request.originalUrl ?? request.url);
    if (problem.status >= 500) {
      this.logger.error(
        `${request.method} ${request.route?.path ?? 'unmatched route'} failed`,
        (exception as Error)?.stack,
      );
    }
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown, instance: string): ProblemDetails {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const fields = typeof body === 'object' ? (body as Record<string, unknown>) : {};
      const message = typeof body === 'string' ? body : (fields.detail ?? fields.message ?? exception.message);
      return {
        type: 'about:blank',
        title: (fields.title as string) ?? titleFor(status),
        status,
        detail: Array.isArray(message) ? message.join('; ') : String(message),
        instance,
        ...(Array.isArray(fields.errors) ? { errors: fields.errors as FieldError[] } : {}),
        // A failed health check (terminus) says which dependency is down: names and states only.
        ...(isHealthReport(fields) ? { checks: fields.details } : {}),
      };
    }
    if (isBodyParserError(exception)) {
      const detail = `${bodyProblem(exception)}; nothing was saved.`;
      return { type: 'about:blank', title: titleFor(exception.status), status: exception.status, detail, instance };
    }
    return {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side; nothing was changed.',
      instance,
    };
  }
}

function titleFor(status: number): string {
  const name = HttpStatus[status];
  return name
    ? name
        .toLowerCase()
        .replace(/_/g, ' ')
        .replace(/^\w/, (c) => c.toUpperCase())
    : 'Error';
}
