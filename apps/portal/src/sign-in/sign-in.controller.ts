import { DEMO_USERS, issueDevelopmentToken } from '@frontdoor/auth';
import { Body, Controller, Get, Inject, NotFoundException, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PORTAL_CONFIG, type PortalConfig } from '../portal-config';
import { SESSION_COOKIE } from '../session/session-cookie';
import { PublicPage } from '../session/page-access';
import { demoUsersByRole, portalUserFor } from './demo-sign-in';

/**
 * Signing in. Locally, a page of demo users issues development tokens; it does not exist when
 * NODE_ENV=production. Production sign-in is OIDC: only its configuration exists so far.
 */
@Controller()
export class SignInController {
  constructor(@Inject(PORTAL_CONFIG) private readonly config: PortalConfig) {}

  @PublicPage()
  @Get('sign-in')
  signIn(@Req() request: Request, @Res() response: Response): void {
    if (this.developmentEnabled) return response.redirect(303, '/sign-in/development');
    const flash = takeFlash(request);
    response.status(501).render('sign-in/oidc.njk', { flash });
  }

  @PublicPage()
  @Get('sign-in/development')
  developmentPage(@Req() request: Request, @Res() response: Response): void {
    this.requireDevelopment();
    response.render('sign-in/development.njk', { groups: demoUsersByRole(), flash: takeFlash(request) });
  }

  @PublicPage()
  @Post('sign-in/development')
  async developmentSignIn(
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    this.requireDevelopment();
    const demoUser = DEMO_USERS.find((user) => user.subject === body.subject);
    if (!demoUser) {
      response.status(400).render('sign-in/development.njk', {
        groups: demoUsersByRole(),
        errors: [{ field: 'subject', text: 'Choose a demo user to sign in as' }],
      });
      return;
    }
    const user = portalUserFor(demoUser);
    const lifetime = this.config.absoluteTimeoutSeconds;
    const token = await issueDevelopmentToken(
      { subject: user.subject, roles: user.roles, agency: user.agency, organisation: user.organisation },
      { expiresInSeconds: lifetime },
    );
    // A new session id on sign-in, so an id planted before sign-in is worth nothing after it.
    await regenerate(request);
    const now = Date.now();
    Object.assign(request.session, {
      user,
      token,
      signedInAt: now,
      lastSeenAt: now,
      tokenExpiresAt: now + lifetime * 1000,
    });
    response.redirect(303, '/');
  }

  @PublicPage()
  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    response.clearCookie(SESSION_COOKIE);
    response.redirect(303, '/signed-out');
  }

  @PublicPage()
  @Get('signed-out')
  signedOut(@Res() response: Response): void {
    response.render('sign-in/signed-out.njk');
  }

  private get developmentEnabled(): boolean {
    return this.config.signInMode === 'development' && !this.config.production;
  }

  private requireDevelopment(): void {
    if (!this.developmentEnabled) throw new NotFoundException();
  }
}

export function takeFlash(request: Request) {
  const flash = request.session?.flash;
  if (flash) request.session.flash = undefined;
  return flash;
}

function regenerate(request: Request): Promise<void> {
  return new Promise((resolve, reject) => request.session.regenerate((error) => (error ? reject(error) : resolve())));
}
