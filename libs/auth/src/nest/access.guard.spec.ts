import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Agency } from '../agency';
import type { DevelopmentAuthConfig } from '../auth-config';
import type { AuthenticatedUser } from '../authenticated-user';
import { issueDevelopmentToken } from '../development-token';
import { Role } from '../role';
import { AuthModule } from './auth.module';
import { CurrentUser } from './current-user.decorator';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

const config: DevelopmentAuthConfig = {
  mode: 'development',
  issuer: 'frontdoor-dev',
  audience: 'frontdoor',
  devSecret: 'a-development-secret-that-is-long-enough',
};

const screener: AuthenticatedUser = {
  subject: 'demo-screener-1',
  name: 'Sasha Screener (demo)',
  roles: [Role.Screener],
  agency: Agency.ChildrenSocialCare,
  organisation: 'trafford-cs',
};
const manager: AuthenticatedUser = {
  ...screener,
  subject: 'demo-manager',
  name: 'Morgan Manager (demo)',
  roles: [Role.Manager],
};
const auditor: AuthenticatedUser = { ...screener, subject: 'demo-auditor', name: undefined, roles: [Role.Auditor] };

@Controller()
class CasesController {
  @Public()
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser) {
    return user;
  }

  @Roles(Role.Manager)
  @Get('sign-off')
  signOff(@CurrentUser() user: AuthenticatedUser) {
    return { signedOffBy: user.subject };
  }
}

@Roles(Role.Manager)
@Controller('oversight')
class OversightController {
  @Get()
  list() {
    return [];
  }

  @Roles(Role.Manager, Role.Auditor)
  @Get('samples')
  samples() {
    return [];
  }
}

@Public()
@Controller('docs')
class DocsController {
  @Get()
  docs() {
    return { openapi: '3.0.0' };
  }
}

describe('AuthModule guards', () => {
  let app: INestApplication;
  const tokenFor = (user: AuthenticatedUser, expiresInSeconds?: number) =>
    issueDevelopmentToken(user, { config, expiresInSeconds });

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ config })],
      controllers: [CasesController, OversightController, DocsController],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  afterAll(() => app.close());

  it('lets anyone reach @Public() handlers and controllers', async () => {
    await request(app.getHttpServer()).get('/health').expect(200, { status: 'ok' });
    await request(app.getHttpServer()).get('/docs').expect(200);
  });

  it('answers 401 with a bearer challenge when there is no token', async () => {
    const response = await request(app.getHttpServer()).get('/me').expect(401);

    expect(response.headers['www-authenticate']).toBe('Bearer realm="frontdoor"');
    expect(response.body).toMatchObject({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'This request needs an "Authorization: Bearer <token>" header.',
    });
  });

  it('answers 401 for another authorization scheme', async () => {
    await request(app.getHttpServer()).get('/me').set('Authorization', 'Basic c2NyZWVuZXI6cGFzcw==').expect(401);
  });

  it('answers 401 naming the problem, without echoing the token, when the token is bad', async () => {
    const genuine = await tokenFor(screener);
    const tampered = `${genuine.slice(0, -4)}AAAA`;

    const response = await request(app.getHttpServer())
      .get('/me')
      .set('Authorization', `Bearer ${tampered}`)
      .expect(401);

    expect(response.headers['www-authenticate']).toBe('Bearer realm="frontdoor", error="invalid_token"');
    expect(response.body.message).toBe('The bearer token signature is not valid.');
    expect(JSON.stringify(response.body)).not.toContain(tampered);
  });

  it('gives the handler the verified claims through @CurrentUser()', async () => {
    const response = await request(app.getHttpServer())
      .get('/me')
      .set('Authorization', `Bearer ${await tokenFor(screener)}`)
      .expect(200);

    expect(response.body).toEqual(screener);
  });

  it('accepts the scheme name in any case', async () => {
    await request(app.getHttpServer())
      .get('/me')
      .set('Authorization', `bearer ${await tokenFor(screener)}`)
      .expect(200);
  });

  it('answers 403 when the user has none of the roles the handler needs', async () => {
    const response = await request(app.getHttpServer())
      .get('/sign-off')
      .set('Authorization', `Bearer ${await tokenFor(screener)}`)
      .expect(403);

    expect(response.body.message).toBe('This action needs one of these roles: manager.');
  });

  it('answers 401 rather than 403 on a role-restricted route without a token', async () => {
    await request(app.getHttpServer()).get('/sign-off').expect(401);
  });

  it('lets a user with the role through', async () => {
    await request(app.getHttpServer())
      .get('/sign-off')
      .set('Authorization', `Bearer ${await tokenFor(manager)}`)
      .expect(200, { signedOffBy: 'demo-manager' });
  });

  it('applies controller roles, and lets a handler widen them', async () => {
    const auditorToken = await tokenFor(auditor);

    await request(app.getHttpServer()).get('/oversight').set('Authorization', `Bearer ${auditorToken}`).expect(403);
    await request(app.getHttpServer())
      .get('/oversight/samples')
      .set('Authorization', `Bearer ${auditorToken}`)
      .expect(200);
  });
});

describe('AuthModule.forRoot() without a config', () => {
  const originalEnv = process.env;
  afterEach(() => {
    process.env = originalEnv;
  });

  it('reads the environment at boot and stops the app when it is invalid', async () => {
    process.env = { ...originalEnv, AUTH_MODE: 'oidc', AUTH_ISSUER: 'idp', AUTH_JWKS_URL: '' };

    const compiling = Test.createTestingModule({ imports: [AuthModule.forRoot()] }).compile();

    await expect(compiling).rejects.toThrow(/AUTH_JWKS_URL is required when AUTH_MODE=oidc/);
  });
});
