import { Global, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

export function redisUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** One ioredis connection per service, closed with the app. */
@Injectable()
export class RedisConnection extends Redis implements OnApplicationShutdown {
  constructor() {
    super(redisUrlFromEnv(), { maxRetriesPerRequest: 3, lazyConnect: false });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.quit().catch(() => this.disconnect());
  }
}

@Global()
@Module({ providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}
