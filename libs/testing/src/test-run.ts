import { randomBytes } from 'node:crypto';

/** Distinguishes this test process's consumer groups from every earlier run's. */
export const TEST_RUN_ID = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

/**
 * A test lane (FRONTDOOR_TEST_LANE, e.g. `b`) gives a run its own databases (frontdoor_<service>_b_test)
 * and topics (test-b.*), so two runs can share one machine and one broker. Empty: the default lane.
 */
export const TEST_LANE = testLaneFromEnv(process.env.FRONTDOOR_TEST_LANE);

export function testLaneFromEnv(value: string | undefined): string {
  const lane = value ?? '';
  if (!/^[a-z0-9]*$/.test(lane)) throw new Error('FRONTDOOR_TEST_LANE may hold only a-z and 0-9');
  return lane;
}

/** The suffix of this lane's test databases: `test`, or `<lane>_test`. */
export const TEST_DATABASE_SUFFIX = TEST_LANE ? `${TEST_LANE}_test` : 'test';

/** This lane's topic namespace: `test.`, or `test-<lane>.`. */
export const TEST_TOPIC_NAMESPACE = TEST_LANE ? `test-${TEST_LANE}.` : 'test.';

export function testDatabaseUrl(service: string): string {
  return `postgres://${service}@127.0.0.1:5432/frontdoor_${service}_${TEST_DATABASE_SUFFIX}`;
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
