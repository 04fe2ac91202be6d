import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';

/**
 * The one global guard. Nest does not promise an order between separate APP_GUARD providers,
 * and the role check is meaningless until the token has been verified, so the order is fixed here.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly authentication: JwtAuthGuard,
    private readonly authorisation: RolesGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    return (await this.authentication.canActivate(context)) && this.authorisation.canActivate(context);
  }
}
