import { randomBytes } from 'node:crypto';

/** Distinguishes this test process's consumer groups from every earlier run's. */
export const TEST_RUN_ID = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

export function testDatabaseUrl(service: string): string {
  return `postgres://${service}@127.0.0.1:5432/frontdoor_${service}_test`;
}

/**
 * Points the next app created at its own test database and a fresh consumer group that starts at
 * the end of each topic (so events of earlier runs are not replayed into this one).
 */
export function useServiceTestEnvironment(service: string, groupSuffix = ''): void {
  process.env.NODE_ENV = 'test';
  process.env.DATABASE_URL = testDatabaseUrl(service);
  process.env.KAFKA_CLIENT_ID = `${service}-test`;
  process.env.KAFKA_GROUP_ID = `${service}-test-${TEST_RUN_ID}${groupSuffix}`;
  process.env.KAFKA_FROM_BEGINNING = 'false';
}
