import { Public } from '@frontdoor/auth';
import { RedisConnection } from '@frontdoor/redis';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Kafka } from 'kafkajs';

const CHECK_TIMEOUT_MS = 3000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisConnection,
    private readonly kafka: Kafka,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Postgres, Kafka and Redis reachability (for probes; no personal data)', security: [] })
  check() {
    return this.health.check([
      () => this.database.pingCheck('postgres', { timeout: CHECK_TIMEOUT_MS }),
      () => this.checkRedis(),
      () => this.checkKafka(),
    ]);
  }

  private async checkRedis() {
    const indicator = this.indicators.check('redis');
    try {
      await withTimeout(this.redis.ping());
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
