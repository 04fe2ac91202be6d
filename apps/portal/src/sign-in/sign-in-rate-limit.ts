import { RedisConnection } from '@frontdoor/redis';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { PORTAL_CONFIG, type PortalConfig } from '../portal-config';

/** The one count every sign-in route shares, so switching routes does not reset it. */
export const SIGN_IN_THROTTLER = 'sign-in';

/**
 * Limits sign-in attempts per client (guessing demo subjects, replaying callbacks, a script gone
 * wrong). Counted in Redis so every replica shares the limit; only routes marked
 * `@UseGuards(ThrottlerGuard)` are counted.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [RedisConnection, PORTAL_CONFIG],
      useFactory: (redis: RedisConnection, config: PortalConfig) => ({
        throttlers: [{ name: SIGN_IN_THROTTLER, ttl: 60_000, limit: config.signInAttemptsPerMinute }],
        storage: new ThrottlerStorageRedisService(redis),
        generateKey: (_context, tracker, name) => `portal:${name}:${tracker}`,
      }),
    }),
  ],
})
export class SignInRateLimitModule {}
