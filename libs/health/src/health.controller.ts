import { Public } from '@frontdoor/auth';
import { RedisConnection } from '@frontdoor/redis';
import { Controller, Get, Optional } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorFunction,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Kafka } from 'kafkajs';

const CHECK_TIMEOUT_MS = 3000;

/**
 * Three answers for three askers. Liveness: the process answers (a restart would help only if it
 * does not). Readiness: what this service needs to serve a request now, its database and, for
 * the services that use it, Redis; not Kafka, because every service writes its events to an
 * outbox that is relayed once the broker is back, so intake goes on taking contacts through a
 * broker outage. `/health`: every dependency, Kafka included, for a person looking.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly kafka: Kafka,
    // Only the services that import RedisModule (intake's rate limits, the portal's sessions) have one.
    @Optional() private readonly redis?: RedisConnection,
  ) {}

  @Public()
  @Get('live')
  @ApiOperation({ summary: 'The process answers (liveness probe; checks nothing else)', security: [] })
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'Postgres, and Redis where the service uses it: can it serve a request now (readiness probe)',
    security: [],
  })
  ready() {
    return this.health.check(this.readinessChecks());
  }

  @Public()
  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Every dependency, Kafka included (for people; no personal data)', security: [] })
  check() {
    return this.health.check([...this.readinessChecks(), () => this.checkKafka()]);
  }

  private readinessChecks(): HealthIndicatorFunction[] {
    const checks: HealthIndicatorFunction[] = [
      () => this.database.pingCheck('postgres', { timeout: CHECK_TIMEOUT_MS }),
    ];
    if (this.redis) checks.push(() => this.checkRedis(this.redis!));
    return checks;
  }

  private async checkRedis(redis: RedisConnection) {
    const indicator = this.indicators.check('redis');
    try {
      await withTimeout(redis.ping());
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  /** Asks the cluster for its brokers: cheap, and unlike joining a group it answers at once. */
  private async checkKafka() {
    const indicator = this.indicators.check('kafka');
    const admin = this.kafka.admin();
    try {
      await withTimeout(admin.connect());
      const cluster = await withTimeout(admin.describeCluster());
      return indicator.up({ brokers: cluster.brokers.length });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref()),
  ]);
}
