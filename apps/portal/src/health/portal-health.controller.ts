import { RedisConnection } from '@frontdoor/redis';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { PublicPage } from '../session/page-access';

const CHECK_TIMEOUT_MS = 3000;

/** `GET /health`, `/health/ready` and `/health/live`: the portal keeps nothing but sessions, so Redis is all it needs to work. */
@Controller('health')
export class PortalHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisConnection,
  ) {}

  /** Liveness: the process answers. */
  @PublicPage()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Readiness and `/health` are the same question here: can it reach the sessions. */
  @PublicPage()
  @Get(['ready', ''])
  @HealthCheck()
  check() {
    return this.health.check([
      async () => {
        const indicator = this.indicators.check('redis');
        try {
          await Promise.race([
            this.redis.ping(),
            new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
          ]);
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}
