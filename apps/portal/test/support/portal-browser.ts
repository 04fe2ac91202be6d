import { axeSource, axeViolations, ensureChromium, pageScrollWidth } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createPortalApp } from '../../src/portal.app';

/** A portal listening on a free port (or this one), built with these environment variables set for the build only. */
export async function startPortal(requested: Record<string, string | undefined>, port = 0): Promise<INestApplication> {
  // Tests sign in far more often than people do, all from 127.0.0.1 and counted in the same Redis;
  // the limit itself is tested on a Redis database of its own (portal-pages.e2e-spec.ts).
  const env = { PORTAL_SIGN_IN_ATTEMPTS_PER_MINUTE: '10000', ...requested };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    const { app } = await createPortalApp();
    await app.listen(port, '127.0.0.1');
    return app;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Presses the form's button and gives the status the portal answered the post with. */
export async function postStatus(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return response.status();
}

/** Reloads until the text appears (events cross Kafka between intake and screening). */
export async function reloadUntil(page: Page, url: string, text: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(url);
    if ((await page.locator('main').textContent())?.includes(text)) return;
    if (Date.now() > deadline) {
      const shown = (await page.locator('main').textContent())?.replace(/\s+/g, ' ').slice(0, 300);
      throw new Error(`"${text}" did not appear on ${url}; it shows: ${shown}`);
    }
    await page.waitForTimeout(500);
  }
}

/**
 * Headless Chromium for the portal's browser tests: contexts with axe loaded, console errors and
 * page errors collected, and the checks every page gets.
 */
export class PortalBrowser {
  readonly pageProblems: string[] = [];
  readonly axeSeen: string[] = [];

  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<PortalBrowser> {
    const executablePath = ensureChromium();
    return new PortalBrowser(await chromium.launch({ executablePath, args: ['--no-sandbox'] }));
  }

  async newContext(baseURL: string, viewport = { width: 1024, height: 800 }): Promise<BrowserContext> {
    const context = await this.browser.newContext({ baseURL, viewport });
    // Fail with the step that is stuck, well before the test's own timeout.
    context.setDefaultTimeout(10_000);
    await context.addInitScript({ content: axeSource() });
    context.on('page', (page) => this.watch(page));
    return context;
  }

  /** axe on the page as it stands: zero WCAG 2.2 AA violations. */
  async expectAccessible(page: Page, label: string): Promise<void> {
    const violations = await axeViolations(page);
    this.axeSeen.push(label);
    expect({ page: label, violations }).toEqual({ page: label, violations: [] });
  }

  /** WCAG 1.4.10 reflow: at 320 CSS pixels the page itself never scrolls sideways (tables scroll in their wrappers). */
  async expectReflow(page: Page): Promise<void> {
    const { width, height } = page.viewportSize() ?? { width: 1024, height: 800 };
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width, height });
  }

  /** Signs in on the development sign-in page as the demo user with this name. */
  async signIn(context: BrowserContext, name: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sign in as a demo user');
    await page.getByRole('button', { name: `Sign in as ${name}` }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  }

  close(): Promise<void> {
    return this.browser.close();
  }

  private watch(page: Page): void {
    page.on('console', (message) => {
      // Error pages (400 with an error summary, 404, 429) are meant: their statuses are asserted where they occur.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        this.pageProblems.push(`${page.url()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => this.pageProblems.push(`${page.url()}: ${error.message}`));
  }
}
