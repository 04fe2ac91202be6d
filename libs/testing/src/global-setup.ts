import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * e2e tests run against the real broker, Postgres and Redis. `npm test` prepares them first
 * (FRONTDOOR_INFRA_READY=1); a developer running jest directly gets them prepared here.
 */
export default function globalSetup(): void {
  if (process.env.FRONTDOOR_INFRA_READY === '1') return;
  execFileSync('bash', [resolve(__dirname, '../../../deploy/local/infra.sh'), 'up', '--test'], { stdio: 'inherit' });
  process.env.FRONTDOOR_INFRA_READY = '1';
}
