export const DATABASE_URL = Symbol('DATABASE_URL');

/**
 * Each service connects as its own login role to its own database, so it cannot read another
 * service's tables. A test run refuses any database whose name does not say "test".
 */
export function databaseUrlFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL ?? `postgres://${service}@127.0.0.1:5432/frontdoor_${service}`;
  let databaseName: string;
  try {
    databaseName = new URL(url).pathname.replace(/^\//, '');
  } catch {
    throw new Error('DATABASE_URL is not a valid postgres:// URL');
  }
  if (!databaseName) throw new Error('DATABASE_URL must name a database');
  if (env.NODE_ENV === 'test' && !databaseName.includes('test')) {
    throw new Error(`refusing to run tests against database "${databaseName}": its name must contain "test"`);
  }
  return url;
}
