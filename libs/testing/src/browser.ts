import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Debian's Chromium: browser tests drive it with playwright-core and never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Installs Debian's chromium when it is missing (we run as root on CI and dev machines). Idempotent. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env, stdio: 'ignore' });
  try {
    install();
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
    install();
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`chromium was installed but ${CHROMIUM_PATH} is missing`);
  return CHROMIUM_PATH;
}

/** axe-core's source, for `context.addInitScript` (init scripts are not subject to the page's CSP). */
export function axeSource(): string {
  return readFileSync(require.resolve('axe-core'), 'utf8');
}

export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the page as it is now; returns the WCAG 2.2 AA violations (empty when it passes). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // A string, evaluated in the page: this project compiles without the DOM's types.
  return page.evaluate(`
    axe
      .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA_TAGS)} }, resultTypes: ['violations'] })
      .then((results) => results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      })))
  `);
}

/** How wide the page's content is in CSS pixels: more than the viewport means horizontal scrolling. */
export function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate('document.documentElement.scrollWidth');
}

/** Where browser tests save screenshots (git-ignored). */
export function screenshotDir(): string {
  const dir = resolve(__dirname, '../../../test-artifacts/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir(), `${name}.png`), fullPage: true });
}
