import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../role';
import { REQUIRED_ROLES } from './roles.decorator';
import type { RequestWithUser } from './request-with-user';

/** Enforces @Roles(); expects JwtAuthGuard to have put the user on the request first. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;

    const requiredRoles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!requiredRoles) return true;

    const user = context.switchToHttp().getRequest<RequestWithUser>().user;
    if (!user || !requiredRoles.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException(`This action needs one of these roles: ${requiredRoles.join(', ')}.`);
    }
    return true;
  }
}
