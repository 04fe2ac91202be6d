import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agency } from '../agency';
import { Role } from '../role';
import { TokenVerifier } from '../token-verifier';

const run = promisify(execFile);
const repositoryRoot = join(__dirname, '../../../..');
const tsNode = join(repositoryRoot, 'node_modules/.bin/ts-node');
const script = 'libs/auth/src/cli/print-token.ts';
const devSecret = 'a-development-secret-for-the-cli-test';

async function printToken(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { AUTH_MODE, AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL, AUTH_DEV_SECRET, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(tsNode, ['--swc', '-r', 'tsconfig-paths/register', script, ...args], {
      cwd: repositoryRoot,
      env: { ...inherited, NODE_ENV: 'development', AUTH_DEV_SECRET: devSecret, ...env },
    });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const verifier = new TokenVerifier({ mode: 'development', issuer: 'frontdoor-dev', audience: 'frontdoor', devSecret });

// Each case starts a TypeScript process.
jest.setTimeout(30_000);

describe('npm run token (print-token CLI)', () => {
  it('prints only a token, for the first demo user with the role', async () => {
    const { exitCode, stdout } = await printToken(['screener']);

    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    await expect(verifier.verify(stdout.trim())).resolves.toEqual({
      subject: 'demo-screener-1',
      name: 'Sasha Screener (demo)',
      roles: [Role.Screener],
      agency: Agency.ChildrenSocialCare,
      organisation: 'trafford-cs',
    });
  });

  it('overrides the identity with flags', async () => {
    const { stdout } = await printToken([
      'school-dsl',
      '--org',
      'school-141002',
      '--sub',
      'dsl-7',
      '--agency',
      'education',
    ]);

    await expect(verifier.verify(stdout.trim())).resolves.toEqual({
      subject: 'dsl-7',
      roles: [Role.SchoolDsl],
      agency: Agency.Education,
      organisation: 'school-141002',
    });
  });

  it('prints usage on stderr and exits 2 for an unknown role', async () => {
    const { exitCode, stdout, stderr } = await printToken(['superuser']);

    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Unknown role "superuser"');
    expect(stderr).toContain('Usage:');
  });

  it('refuses with exit 1 when NODE_ENV=production', async () => {
    const { exitCode, stdout, stderr } = await printToken(['screener'], { NODE_ENV: 'production' });

    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('NODE_ENV=production');
  });
});
