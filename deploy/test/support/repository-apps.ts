import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPOSITORY_ROOT = resolve(__dirname, '..', '..', '..');

export interface RepositoryApp {
  name: string;
  /** The port main.ts listens on when PORT is not set, when it says so plainly. */
  defaultPort?: number;
  /** Owns a Postgres database: it has migrations. */
  ownsDatabase: boolean;
}

/**
 * Every runnable app in apps/ (one with src/main.ts), so the deployment tests fail when an app is
 * added without its image, compose service or Kubernetes objects.
 */
export function repositoryApps(): RepositoryApp[] {
  const appsDir = join(REPOSITORY_ROOT, 'apps');
  return readdirSync(appsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(appsDir, entry.name, 'src', 'main.ts')))
    .map((entry) => {
      const src = join(appsDir, entry.name, 'src');
      const port = /process\.env\.PORT\s*\?\?\s*(\d+)/.exec(readFileSync(join(src, 'main.ts'), 'utf8'))?.[1];
      return {
        name: entry.name,
        defaultPort: port === undefined ? undefined : Number(port),
        ownsDatabase: existsSync(join(src, 'database', 'migrations')),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether apps/<name> exists at all (an app still being written may have no main.ts yet). */
export function appDirectoryExists(name: string): boolean {
  return existsSync(join(REPOSITORY_ROOT, 'apps', name, 'src'));
}
