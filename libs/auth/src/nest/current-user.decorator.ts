import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '../authenticated-user';
import type { RequestWithUser } from './request-with-user';

/** The verified caller of this request, as the auth guard put it on `request.user`. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  // Only reachable on a @Public() handler; refusing beats handing the handler `undefined`.
  if (!user) throw new UnauthorizedException('This action needs an authenticated user.');
  return user;
});
