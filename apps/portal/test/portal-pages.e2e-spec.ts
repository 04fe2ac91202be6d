import { Role } from '@frontdoor/auth';
import { bearer, pageScrollWidth, saveScreenshot, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { API_SERVICES } from '../../../test/security/service-apps';
import { PortalBrowser, startPortal } from './support/portal-browser';

/**
 * Portal pages over the services' HTTP sides (no Kafka consumers needed): the leaders' dashboard,
 * in real headless Chromium, every page checked with axe (WCAG 2.2 AA).
 */
describe('portal pages (browser)', () => {
  const services: INestApplication[] = [];
  let screeningUrl: string;
  let portal: INestApplication;
  let portalUrl: string;
  let browser: PortalBrowser;

  beforeAll(async () => {
    const urls: Record<string, string> = {};
    for (const name of ['intake', 'screening', 'marac'] as const) {
      useServiceTestEnvironment(name);
      const { app } = await API_SERVICES[name]();
      await app.listen(0, '127.0.0.1');
      services.push(app);
      urls[name] = await app.getUrl();
    }
    screeningUrl = urls.screening;
    portal = await startPortal({ INTAKE_URL: urls.intake, SCREENING_URL: urls.screening, MARAC_URL: urls.marac });
    portalUrl = await portal.getUrl();
    browser = await PortalBrowser.launch();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    for (const app of services.reverse()) await app.close();
  });

  afterEach(() => expect(browser?.pageProblems).toEqual([]));

  it('shows leaders the figures as charts with tables, for a period and source they choose', async () => {
    const context = await browser.newContext(portalUrl);
    const manager = await browser.signIn(context, 'Morgan Manager (demo)');
    await manager.getByRole('link', { name: 'Dashboard' }).first().click();
    await manager.waitForURL('**/dashboard');
    await browser.expectAccessible(manager, 'dashboard');
    await saveScreenshot(manager, '11-dashboard');

    // Each chart is one named image, with the numbers in a table beside it.
    const charts = manager.getByRole('img');
    await expect(charts.count()).resolves.toBe(4);
    await expect(manager.getByRole('img', { name: /^Contacts per day/ }).count()).resolves.toBe(1);
    expect(await manager.locator('svg title').allTextContents()).toEqual([
      'Contacts per day',
      'Decisions: timeliness and outcomes',
      'Open cases by RAG rating',
      'MARAC cases and repeats',
    ]);

    // The page shows screening's own figures for the same 30 days.
    const period = await manager.evaluate<{ from: string; to: string }>(
      `({ from: [...document.querySelectorAll('#from input')].map((i) => i.value), to: [...document.querySelectorAll('#to input')].map((i) => i.value) })`,
    );
    const iso = (parts: unknown) => {
      const [day, month, year] = parts as string[];
      return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    };
    const figures = (await (
      await fetch(`${screeningUrl}/reports/dashboard?from=${iso(period.from)}&to=${iso(period.to)}`, {
        headers: bearer(await tokenFor(Role.Manager)),
      })
    ).json()) as { contacts: number; openByRag: Record<string, number> };
    const totals = await manager.locator('#contacts-per-day-table tbody tr td:last-child').allTextContents();
    expect(totals).toHaveLength(30);
    expect(totals.reduce((sum, total) => sum + Number(total), 0)).toBe(figures.contacts);
    const openRows = await manager.locator('#open-cases-table tbody tr').allTextContents();
    expect(openRows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      `Red ${figures.openByRag.red}`,
      `Amber ${figures.openByRag.amber}`,
      `Green ${figures.openByRag.green}`,
    ]);

    // A source and a shorter period narrow it.
    await manager.getByRole('group', { name: 'From' }).getByLabel('Day').fill('1');
    await manager.getByRole('group', { name: 'From' }).getByLabel('Month').fill('1');
    await manager.getByRole('group', { name: 'From' }).getByLabel('Year').fill('2026');
    await manager.getByRole('group', { name: 'To' }).getByLabel('Day').fill('7');
    await manager.getByRole('group', { name: 'To' }).getByLabel('Month').fill('1');
    await manager.getByRole('group', { name: 'To' }).getByLabel('Year').fill('2026');
    await manager.getByLabel('Source', { exact: true }).selectOption({ label: 'Police' });
    await manager.getByRole('button', { name: 'Show figures' }).click();
    await expect(manager.locator('#period').textContent()).resolves.toContain(
      'from 1 January 2026 to 7 January 2026, from police only',
    );
    await expect(manager.locator('#contacts-per-day-table tbody tr').count()).resolves.toBe(7);

    // A date that does not exist: the error summary links to the box, nothing is read.
    await manager.getByRole('group', { name: 'From' }).getByLabel('Day').fill('31');
    await manager.getByRole('group', { name: 'From' }).getByLabel('Month').fill('2');
    await manager.getByRole('button', { name: 'Show figures' }).click();
    const summary = manager.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('The start date must be a real date');
    expect(await manager.title()).toMatch(/^Error: Dashboard/);
    await expect(manager.getByRole('img').count()).resolves.toBe(0);
    await browser.expectAccessible(manager, 'dashboard with an error');
    await summary.getByRole('link', { name: 'The start date must be a real date' }).click();
    await expect(manager.evaluate('document.activeElement.id')).resolves.toBe('from-day');

    // Reflow: no horizontal scrolling at 320 CSS pixels.
    await manager.setViewportSize({ width: 320, height: 640 });
    await manager.goto('/dashboard');
    expect(await pageScrollWidth(manager)).toBeLessThanOrEqual(320);
    await context.close();

    // A screener has no dashboard page.
    const screeners = await browser.newContext(portalUrl);
    const screener = await browser.signIn(screeners, 'Sasha Screener (demo)');
    expect((await screener.goto('/dashboard'))?.status()).toBe(403);
    await screeners.close();
  }, 60_000);
});
