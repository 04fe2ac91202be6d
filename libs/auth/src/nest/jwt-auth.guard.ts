import {
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InvalidTokenError, TokenVerificationUnavailableError } from '../invalid-token.error';
import { TokenVerifier } from '../token-verifier';
import { bearerTokenFrom } from './bearer-token';
import { IS_PUBLIC_ROUTE } from './public.decorator';
import type { RequestWithUser } from './request-with-user';

type ResponseWithHeaders = { header?: (name: string, value: string) => unknown };

/** Requires a valid bearer token on every HTTP route not marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Kafka handlers in the same app also pass through global guards. Messages carry no bearer
    // token; the broker authenticates producers, and events name their actor in the payload.
    if (context.getType() === 'rpc') return true;
    if (context.getType() !== 'http') return false;

    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<RequestWithUser>();
    const response = http.getResponse<ResponseWithHeaders>();

    const token = bearerTokenFrom(request.headers.authorization);
    if (!token) {
      challenge(response);
      throw new UnauthorizedException('This request needs an "Authorization: Bearer <token>" header.');
    }

    try {
      request.user = await this.verifier.verify(token);
      return true;
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        challenge(response, 'invalid_token');
        throw new UnauthorizedException(error.message);
      }
      if (error instanceof TokenVerificationUnavailableError) {
        throw new ServiceUnavailableException(error.message);
      }
      throw error;
    }
  }
}

// RFC 6750 §3: tell the client which scheme is expected and, when it sent one, what was wrong.
function challenge(response: ResponseWithHeaders, error?: 'invalid_token'): void {
  const value = error ? `Bearer realm="frontdoor", error="${error}"` : 'Bearer realm="frontdoor"';
  response.header?.('WWW-Authenticate', value);
}
