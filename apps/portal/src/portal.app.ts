import { Role } from '@frontdoor/auth';
import { RedisConnection } from '@frontdoor/redis';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import RedisStore from 'connect-redis';
import { csrfSync } from 'csrf-sync';
import type { Express, NextFunction, Request, Response } from 'express';
import session from 'express-session';
import { Logger } from 'nestjs-pino';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { partnershipNavigation } from './partnership-navigation';
import { PORTAL_CONFIG, type PortalConfig } from './portal-config';
import { PortalModule } from './portal.module';
import { GOVUK_FRONTEND_DIST, PUBLIC_DIR, configureNunjucks } from './rendering/nunjucks';
import { PageExceptionFilter } from './rendering/page-exception.filter';
import { secondsUntilExpiry, sessionExpired } from './session/portal-session';
import { SESSION_COOKIE } from './session/session-cookie';

export interface PortalApp {
  app: NestExpressApplication;
  config: PortalConfig;
}

/**
 * The configured portal, not yet listening: GOV.UK Frontend assets served locally, strict
 * security headers with a per-request CSP nonce, sessions in Redis with an idle timeout, and
 * a synchroniser CSRF token on every form.
 */
export async function createPortalApp(): Promise<PortalApp> {
  const app = await NestFactory.create<NestExpressApplication>(PortalModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const config = app.get<PortalConfig>(PORTAL_CONFIG);
  const express = app.getHttpAdapter().getInstance() as Express;
  express.disable('x-powered-by');
  if (config.production) express.set('trust proxy', 1);
  configureNunjucks(express, { watch: !config.production });

  // Assets first: they need no session, so they never touch Redis.
  const assetOptions = { maxAge: config.production ? '1d' : 0, index: false as const };
  app.useStaticAssets(join(GOVUK_FRONTEND_DIST, 'govuk', 'assets'), { prefix: '/assets', ...assetOptions });
  app.useStaticAssets(join(GOVUK_FRONTEND_DIST, 'govuk'), { prefix: '/govuk-frontend', ...assetOptions });
  app.useStaticAssets(PUBLIC_DIR, { prefix: '/public', ...assetOptions });

  app.use((_request: Request, response: Response, next: NextFunction) => {
    response.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_request, response) => `'nonce-${(response as Response).locals.cspNonce}'`],
          styleSrc: ["'self'"],
          imgSrc: ["'self'"],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          // Signing in and out with OIDC answers a form post with a redirect to the identity provider.
          formAction: ["'self'", ...(config.oidc ? [new URL(config.oidc.issuer).origin] : [])],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
          ...(config.production ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.useBodyParser('urlencoded', { extended: false, limit: '200kb' });

  app.use(
    session({
      name: SESSION_COOKIE,
      store: new RedisStore({
        client: app.get(RedisConnection),
        prefix: 'portal:session:',
        ttl: config.absoluteTimeoutSeconds,
      }),
      secret: config.sessionSecret,
      resave: false,
      saveUninitialized: false,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        maxAge: config.absoluteTimeoutSeconds * 1000,
      },
    }),
  );
  app.use(sessionTimeout(config));

  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (request) => (typeof request.body?._csrf === 'string' ? request.body._csrf : undefined),
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    csrfSynchronisedProtection(request, response, (error?: unknown) => {
      if (!error) return next();
      response
        .status(403)
        .render('errors/form-expired.njk', { ...pageLocals(request, response, config, generateToken) });
    });
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    Object.assign(response.locals, pageLocals(request, response, config, generateToken));
    next();
  });

  app.useGlobalFilters(new PageExceptionFilter());
  app.enableShutdownHooks();
  return { app, config };
}

/**
 * Signed-in sessions end after the idle timeout (or when their token expires); the next request
 * then finds the user signed out, with a message for the sign-in page. Any other request counts
 * as activity and moves the idle timeout on.
 */
function sessionTimeout(config: PortalConfig) {
  return (request: Request, _response: Response, next: NextFunction) => {
    const current = request.session;
    if (current?.user && current.signedInAt && current.lastSeenAt && current.tokenExpiresAt) {
      const now = Date.now();
      const times = {
        signedInAt: current.signedInAt,
        lastSeenAt: current.lastSeenAt,
        tokenExpiresAt: current.tokenExpiresAt,
      };
      if (sessionExpired(times, config, now)) {
        request.session.regenerate((error) => {
          if (error) return next(error);
          request.session.flash = {
            heading: 'You have been signed out',
            text: `We signed you out because you had not done anything for ${minutes(config.idleTimeoutSeconds)}. Any answers you had not sent were deleted.`,
          };
          next();
        });
        return;
      }
      current.lastSeenAt = now;
    }
    next();
  };
}

function pageLocals(
  request: Request,
  response: Response,
  config: PortalConfig,
  generateToken: (request: Request, overwrite?: boolean) => string,
): Record<string, unknown> {
  const current = request.session;
  const user = current?.user;
  const times =
    user && current.signedInAt && current.lastSeenAt && current.tokenExpiresAt
      ? { signedInAt: current.signedInAt, lastSeenAt: current.lastSeenAt, tokenExpiresAt: current.tokenExpiresAt }
      : undefined;
  return {
    cspNonce: response.locals.cspNonce,
    csrfToken: generateToken(request),
    user,
    navigation: user ? navigationFor(user.roles, request.path) : [],
    currentPath: request.originalUrl,
    developmentSignIn: config.signInMode === 'development' && !config.production,
    frontDoorPhone: config.frontDoorPhone,
    sessionTimeout: times
      ? {
          secondsLeft: secondsUntilExpiry(times, config, Date.now()),
          warningSeconds: config.warningSeconds,
          idleMinutes: minutes(config.idleTimeoutSeconds),
        }
      : undefined,
  };
}

/** The service navigation: the sections this user's roles open, the current one marked. */
export function navigationFor(
  roles: readonly string[],
  path: string,
): { href: string; text: string; active: boolean }[] {
  const items: { href: string; text: string; active: boolean }[] = [];
  if (roles.includes(Role.SchoolDsl)) {
    items.push({ href: '/referrals/new', text: 'Make a referral', active: path.startsWith('/referrals') });
    items.push({ href: '/my-referrals', text: 'My referrals', active: path.startsWith('/my-referrals') });
  }
  if (roles.includes(Role.Screener) || roles.includes(Role.Manager)) {
    items.push({
      href: '/worklist',
      text: 'Worklist',
      active: path.startsWith('/worklist') || path.startsWith('/cases'),
    });
    items.push({ href: '/log-contact/new', text: 'Log a contact', active: path.startsWith('/log-contact') });
    items.push({ href: '/children', text: 'Find a child', active: path.startsWith('/children') });
  }
  if (roles.includes(Role.Screener)) {
    items.push({ href: '/my-cases', text: 'My cases', active: path.startsWith('/my-cases') });
  }
  if (roles.includes(Role.Manager)) {
    items.push({ href: '/workload', text: 'Workload', active: path.startsWith('/workload') });
  }
  if (roles.includes(Role.EmergencyDutySocialWorker) || roles.includes(Role.Manager)) {
    items.push({ href: '/emergency-duty', text: 'Out of hours', active: path.startsWith('/emergency-duty') });
  }
  if (roles.includes(Role.Manager) || roles.includes(Role.Auditor)) {
    items.push({ href: '/dashboard', text: 'Dashboard', active: path.startsWith('/dashboard') });
  }
  items.push(...partnershipNavigation(roles, path));
  return items;
}

function minutes(seconds: number): string {
  const whole = Math.max(1, Math.round(seconds / 60));
  return whole === 1 ? '1 minute' : `${whole} minutes`;
}
