import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..');
let checkedThisRun = false;

/**
 * How a test or the bench starts a service as a process: `node deploy/runtime/start.js` with APP
 * set, the image's own CMD, from dist/. dist/ is rebuilt first when a source file is newer than it
 * (once per test process), so a suite run on its own never starts yesterday's code.
 */
export function compiledServiceCommand(): { command: string; args: string[]; cwd: string } {
  if (!checkedThisRun) {
    execFileSync('sh', [join(REPO_ROOT, 'deploy/runtime/build.sh'), '--if-stale'], { stdio: 'inherit' });
    checkedThisRun = true;
  }
  return { command: process.execPath, args: [join(REPO_ROOT, 'deploy/runtime/start.js')], cwd: REPO_ROOT };
}
