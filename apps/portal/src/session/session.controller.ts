import { Body, Controller, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { safeReturnPath } from './portal-session';

/** "Stay signed in": any signed-in request moves the idle timeout on; this one then goes back. */
@Controller('session')
export class SessionController {
  @Post('extend')
  extend(@Body() body: Record<string, unknown>, @Res() response: Response): void {
    response.redirect(303, safeReturnPath(body.returnTo));
  }
}
