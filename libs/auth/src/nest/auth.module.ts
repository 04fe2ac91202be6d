import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { authConfigFromEnv, type AuthConfig } from '../auth-config';
import { TokenVerifier } from '../token-verifier';
import { AccessGuard } from './access.guard';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RolesGuard } from './roles.guard';

export const AUTH_CONFIG = 'frontdoor:auth:config';

export type AuthModuleOptions = {
  /** Tests pass one in; services leave it out so the AUTH_* environment is read and checked. */
  config?: AuthConfig;
};

/**
 * Import once in each app's root module: every HTTP route then requires a bearer token, and
 * @Roles()/@Public() refine that. Config is read when the app boots, so a bad AUTH_* setting
 * stops the service before it listens.
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions = {}): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_CONFIG, useFactory: (): AuthConfig => options.config ?? authConfigFromEnv() },
        {
          provide: TokenVerifier,
          useFactory: (config: AuthConfig) => new TokenVerifier(config),
          inject: [AUTH_CONFIG],
        },
        JwtAuthGuard,
        RolesGuard,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AUTH_CONFIG, TokenVerifier, JwtAuthGuard, RolesGuard],
    };
  }
}
