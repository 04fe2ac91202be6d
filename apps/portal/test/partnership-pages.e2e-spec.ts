import { saveScreenshot, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import type { BrowserContext, Page } from 'playwright-core';
import { domesticAbuseIncident } from '../../../test/support/incidents';
import { pupilOnRoll, recordEncompassNotifications } from '../../../test/support/partnership-records';
import { API_SERVICES } from '../../../test/security/service-apps';
import { PortalBrowser, startPortal } from './support/portal-browser';

const SERVICES = ['screening', 'education', 'marac', 'strategy'] as const;
type Service = (typeof SERVICES)[number];

/**
 * The partners' pages over the services' own HTTP APIs (screening, education, marac, strategy on
 * their test databases), in real headless Chromium, signed in as the seeded demo users; every page
 * visited passes axe (WCAG 2.2 AA). Data the pages show is made by the services' own use cases.
 */
describe('partnership pages (browser)', () => {
  const apps = new Map<Service, INestApplication>();
  let portal: INestApplication;
  let browser: PortalBrowser;

  beforeAll(async () => {
    const urls: Record<string, string> = {};
    for (const name of SERVICES) {
      useServiceTestEnvironment(name);
      const { app } = await API_SERVICES[name]();
      await app.listen(0, '127.0.0.1');
      apps.set(name, app);
      urls[`${name.toUpperCase()}_URL`] = await app.getUrl();
    }
    portal = await startPortal(urls);
    browser = await PortalBrowser.launch();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    for (const app of [...apps.values()].reverse()) await app.close();
  });

  afterEach(() => expect(browser.pageProblems).toEqual([]));

  async function signedIn(name: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(await portal.getUrl());
    return { context, page: await browser.signIn(context, name) };
  }

  it('a school DSL reads and acknowledges police notifications for their own school only', async () => {
    const education = apps.get('education')!;
    const oakfield = await pupilOnRoll(education, '141001');
    const riverside = await pupilOnRoll(education, '141002');
    const incident = domesticAbuseIncident();
    incident.occurredAt = new Date(Date.now() - 3 * 3600_000).toISOString();
    incident.recordedAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    incident.summary = `Officers attended after a 999 call; Casey Example was hurt. ${oakfield.firstName} was in the room.`;
    incident.children = [
      { ...oakfield, present: true },
      { ...riverside, present: false },
    ];
    await recordEncompassNotifications(education, incident);

    const { context, page: dsl } = await signedIn('Olive Oakfield (demo)');
    await dsl.getByRole('link', { name: 'Police notifications' }).first().click();
    await dsl.waitForURL('**/encompass');
    const table = dsl.locator('#encompass-notifications');
    await expect(table.textContent()).resolves.toContain(`${oakfield.firstName} ${oakfield.lastName}`);
    // The other school's pupil from the same incident is not Oakfield's to see.
    expect(await dsl.locator('main').textContent()).not.toContain(`${riverside.firstName} ${riverside.lastName}`);
    await browser.expectAccessible(dsl, 'encompass list');
    await saveScreenshot(dsl, '20-encompass-list');

    const row = dsl.getByRole('row').filter({ hasText: incident.policeReference });
    await expect(row.textContent()).resolves.toContain('To acknowledge');
    await row.getByRole('link', { name: `${oakfield.firstName} ${oakfield.lastName}` }).click();
    await dsl.waitForURL('**/encompass/*');
    const information = (await dsl.locator('#safeguarding-information').textContent()) ?? '';
    expect(information).toContain(`${oakfield.firstName} was in the room`);
    expect(information).not.toContain('Casey');
    await browser.expectAccessible(dsl, 'encompass notification');

    // Acknowledge without confirming: error summary and inline error, nothing recorded.
    await dsl.getByRole('button', { name: 'Acknowledge' }).click();
    const summary = dsl.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('Confirm you have read the notification');
    expect(await dsl.title()).toMatch(/^Error: /);
    await expect(dsl.locator('#encompass-status').textContent()).resolves.toBe('To acknowledge');
    await browser.expectAccessible(dsl, 'encompass acknowledge error');
    await saveScreenshot(dsl, '21-encompass-error');

    await dsl.getByLabel('I have read this notification and the school will support the pupil').check();
    await dsl.getByRole('button', { name: 'Acknowledge' }).click();
    await expect(dsl.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Notification acknowledged',
    );
    await expect(dsl.locator('#encompass-status').textContent()).resolves.toBe('Acknowledged');
    await expect(dsl.locator('#acknowledged').textContent()).resolves.toMatch(/ by you$/);
    await expect(dsl.getByRole('button', { name: 'Acknowledge' }).count()).resolves.toBe(0);
    await browser.expectAccessible(dsl, 'encompass acknowledged');
    await saveScreenshot(dsl, '22-encompass-acknowledged');
    const ownPath = new URL(dsl.url()).pathname;
    await context.close();

    // Riverside's DSL cannot open Oakfield's notification; a screener has no such page.
    const other = await signedIn('Rory Riverside (demo)');
    expect((await other.page.goto(ownPath))?.status()).toBe(404);
    await other.context.close();
    const screener = await signedIn('Sasha Screener (demo)');
    expect((await screener.page.goto('/encompass'))?.status()).toBe(403);
    await expect(screener.page.getByRole('link', { name: 'Police notifications' }).count()).resolves.toBe(0);
    await screener.context.close();
  }, 60_000);
});
