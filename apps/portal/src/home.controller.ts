import { Role } from '@frontdoor/auth';
import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

/** The start page after sign-in: the tasks this user's roles allow. */
@Controller()
export class HomeController {
  @Get()
  home(@Req() request: Request, @Res() response: Response): void {
    const roles = request.session.user?.roles ?? [];
    response.render('home.njk', {
      isSchool: roles.includes(Role.SchoolDsl),
      isFrontDoor: roles.includes(Role.Screener) || roles.includes(Role.Manager),
      isLeader: roles.includes(Role.Manager) || roles.includes(Role.Auditor),
    });
  }
}
