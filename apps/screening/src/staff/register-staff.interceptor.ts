import { AuthenticatedUser } from '@frontdoor/auth';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, from, switchMap } from 'rxjs';
import { DECIDERS } from '../front-door-roles';
import { StaffRegister } from './staff-register';

/**
 * Runs after authentication on every HTTP request: a screener or manager calling screening is
 * written to the staff register before their request is handled, so the first worklist they open
 * already makes them allocatable. Kafka handlers carry no user and pass straight through.
 */
@Injectable()
export class RegisterStaffInterceptor implements NestInterceptor {
  constructor(private readonly register: StaffRegister) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    const frontDoor = user?.roles.some((role) => (DECIDERS as readonly string[]).includes(role));
    if (!user || !frontDoor) return next.handle();
    return from(this.register.saw(user)).pipe(switchMap(() => next.handle()));
  }
}
