import { DEMO_USERS, issueDevelopmentToken } from '@frontdoor/auth';
import { Body, Controller, Get, Inject, Logger, NotFoundException, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { PORTAL_CONFIG, type PortalConfig } from '../portal-config';
import type { PortalUser } from '../session/portal-session';
import { SESSION_COOKIE } from '../session/session-cookie';
import { PublicPage } from '../session/page-access';
import { demoUsersByRole, portalUserFor } from './demo-sign-in';
import { OidcSignIn, OidcSignInError, type PendingSignIn } from './oidc-sign-in';

declare module 'express-session' {
  interface SessionData {
    /** Between sending the user to the identity provider and their return. */
    oidcPending?: PendingSignIn;
    /** The OIDC ID token, only to end the provider's session on sign-out. */
    idToken?: string;
  }
}

/**
 * Signing in. Locally, a page of demo users issues development tokens; it does not exist when
 * NODE_ENV=production. Production sign-in is OIDC (authorisation code with PKCE): the session
 * then holds the provider's access token, which the services check against its JWKS.
 */
@Controller()
export class SignInController {
  private readonly logger = new Logger('SignIn');
  private readonly oidc?: OidcSignIn;

  constructor(@Inject(PORTAL_CONFIG) private readonly config: PortalConfig) {
    if (config.signInMode === 'oidc' && config.oidc) this.oidc = new OidcSignIn(config.oidc);
  }

  @PublicPage()
  @Get('sign-in')
  signIn(@Req() request: Request, @Res() response: Response): void {
    if (this.developmentEnabled) return response.redirect(303, '/sign-in/development');
    response.render('sign-in/oidc.njk', { flash: takeFlash(request) });
  }

  /** A form post, not a link, so another site cannot start a sign-in in the user's name. */
  @PublicPage()
  @Post('sign-in')
  @UseGuards(ThrottlerGuard)
  async startOidcSignIn(@Req() request: Request, @Res() response: Response): Promise<void> {
    const oidc = this.requireOidc();
    const { authorisationUrl, pending } = await oidc.start();
    request.session.oidcPending = pending;
    await save(request);
    response.redirect(303, authorisationUrl.href);
  }

  @PublicPage()
  @Get('sign-in/callback')
  @UseGuards(ThrottlerGuard)
  async finishOidcSignIn(@Req() request: Request, @Res() response: Response): Promise<void> {
    const oidc = this.requireOidc();
    const pending = request.session.oidcPending;
    request.session.oidcPending = undefined;
    try {
      const done = await oidc.finish(new URL(request.originalUrl, 'http://callback.invalid'), pending);
      const sessionEnds = Date.now() + this.config.absoluteTimeoutSeconds * 1000;
      await this.startSession(request, done.user, done.accessToken, done.accessTokenExpiresAt ?? sessionEnds);
      request.session.idToken = done.idToken;
      response.redirect(303, '/');
    } catch (error) {
      if (!(error instanceof OidcSignInError)) throw error;
      this.logger.warn(`OIDC sign-in refused: ${error.message}`);
      response.status(400).render('sign-in/failed.njk');
    }
  }

  @PublicPage()
  @Get('sign-in/development')
  developmentPage(@Req() request: Request, @Res() response: Response): void {
    this.requireDevelopment();
    response.render('sign-in/development.njk', { groups: demoUsersByRole(), flash: takeFlash(request) });
  }

  @PublicPage()
  @Post('sign-in/development')
  @UseGuards(ThrottlerGuard)
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
      // The name travels too: screening shows staff by name (who a case is with, who gave it).
      {
        subject: user.subject,
        name: user.name,
        roles: user.roles,
        agency: user.agency,
        organisation: user.organisation,
      },
      { expiresInSeconds: lifetime },
    );
    await this.startSession(request, user, token, Date.now() + lifetime * 1000);
    response.redirect(303, '/');
  }

  /** Signs out here and, with OIDC, at the identity provider too (its own session would sign the user straight back in). */
  @PublicPage()
  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const idToken = request.session.idToken;
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    response.clearCookie(SESSION_COOKIE);
    const providerSignOut = await this.oidc?.signOutUrl(idToken).catch((error: unknown) => {
      this.logger.warn(`Could not build the identity provider's sign-out address: ${(error as Error).message}`);
      return undefined;
    });
    response.redirect(303, providerSignOut?.href ?? '/signed-out');
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

  private requireOidc(): OidcSignIn {
    if (!this.oidc) throw new NotFoundException();
    return this.oidc;
  }

  private async startSession(request: Request, user: PortalUser, token: string, tokenExpiresAt: number): Promise<void> {
    // A new session id on sign-in, so an id planted before sign-in is worth nothing after it.
    await regenerate(request);
    const now = Date.now();
    Object.assign(request.session, { user, token, signedInAt: now, lastSeenAt: now, tokenExpiresAt });
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

function save(request: Request): Promise<void> {
  return new Promise((resolve, reject) => request.session.save((error) => (error ? reject(error) : resolve())));
}
