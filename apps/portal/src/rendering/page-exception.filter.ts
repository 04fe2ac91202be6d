import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ServiceError, ServiceUnavailableError } from '../clients/service-client';
import { SignInRequiredException } from '../session/page-access';
import { RedirectException } from './redirect.exception';

/**
 * Errors as GOV.UK pages, never JSON: sign in when the session is gone, "page not found" for
 * anything the user may not see (so ids reveal nothing), and a plain apology otherwise.
 */
@Catch()
export class PageExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Portal');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;

    if (exception instanceof RedirectException) {
      response.redirect(303, exception.location);
      return;
    }
    if (exception instanceof SignInRequiredException) {
      response.redirect(303, '/sign-in');
      return;
    }
    // The service's own token check failed: the session's token is no longer any good.
    if (exception instanceof ServiceError && exception.status === 401) {
      request.session.user = undefined;
      request.session.token = undefined;
      request.session.flash = { heading: 'You have been signed out', text: 'Sign in again to continue.' };
      response.redirect(303, '/sign-in');
      return;
    }
    const status = statusFor(exception);
    if (status >= 500) this.logger.error(describe(exception));
    const template =
      status === 404
        ? 'errors/not-found.njk'
        : status === 403
          ? 'errors/forbidden.njk'
          : status === 429
            ? 'errors/too-many-requests.njk'
            : 'errors/problem.njk';
    response.status(status).render(template, {
      unavailable: exception instanceof ServiceUnavailableError,
    });
  }
}

function statusFor(exception: unknown): number {
  if (exception instanceof ServiceError) {
    // A case or contact the user may not see is "not found", like the services say themselves.
    if (exception.status === 404 || exception.status === 403 || exception.status === 400) return HttpStatus.NOT_FOUND;
    return HttpStatus.BAD_GATEWAY;
  }
  if (exception instanceof ServiceUnavailableError) return HttpStatus.SERVICE_UNAVAILABLE;
  if (exception instanceof HttpException) return exception.getStatus();
  return HttpStatus.INTERNAL_SERVER_ERROR;
}

// Messages only: request bodies and service answers may hold personal data.
function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}` : 'unknown error';
}
