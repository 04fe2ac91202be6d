import { Global, Module } from '@nestjs/common';
import { PORTAL_CONFIG, portalConfigFromEnv } from './portal-config';

/** The checked configuration, read once when the app is created (a bad one stops the boot). */
@Global()
@Module({ providers: [{ provide: PORTAL_CONFIG, useFactory: () => portalConfigFromEnv() }], exports: [PORTAL_CONFIG] })
export class PortalConfigModule {}
