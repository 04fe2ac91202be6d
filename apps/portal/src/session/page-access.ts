import type { Role } from '@frontdoor/auth';
import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  SetMetadata,
  ForbiddenException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

const PUBLIC_PAGE = 'portal:public-page';
const PAGE_ROLES = 'portal:page-roles';

/** A page anyone may see without signing in (sign-in itself, health, errors). */
export const PublicPage = () => SetMetadata(PUBLIC_PAGE, true);

/** A page for signed-in users with one of these roles. */
export const ForRoles = (...roles: Role[]) => SetMetadata(PAGE_ROLES, roles);

/** Thrown when a page needs a signed-in user and there is none: the filter sends them to sign in. */
export class SignInRequiredException extends HttpException {
  constructor() {
    super('Sign in required', HttpStatus.UNAUTHORIZED);
  }
}

/** Every page needs a signed-in user unless marked @PublicPage(); @ForRoles narrows it further. */
@Injectable()
export class PageAccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_PAGE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const user = request.session?.user;
    if (!user || !request.session.token) throw new SignInRequiredException();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(PAGE_ROLES, targets);
    if (roles && !roles.some((role) => user.roles.includes(role))) throw new ForbiddenException();
    return true;
  }
}
