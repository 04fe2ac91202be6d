import { Agency, Role } from '@frontdoor/auth';
import { ConcernCategory, Rag, SourceType, StrategyReason } from '@frontdoor/contracts';
import { bearer, pageScrollWidth, saveScreenshot, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import type { BrowserContext, Page } from 'playwright-core';
import { ChildReferredTwice, childReferredTwice } from '../../../test/support/children';
import { API_SERVICES } from '../../../test/security/service-apps';
import { PortalBrowser, startPortal } from './support/portal-browser';

/**
 * "Find a child" in real headless Chromium over screening's HTTP API on its test database: a
 * screener searches with a misspelt name, opens the child's page with every contact, decision,
 * the open case and the adults named; every page passes axe (WCAG 2.2 AA) and reflows at 320 px.
 */
describe('find a child (browser)', () => {
  const apps = new Map<'screening' | 'marac' | 'strategy', INestApplication>();
  let portal: INestApplication;
  let browser: PortalBrowser;
  let child: ChildReferredTwice;
  let maracReference: string;

  /** A service's own use case over its HTTP API, as the person with this role. */
  async function post<T>(service: 'marac' | 'strategy', path: string, body: unknown): Promise<T> {
    const response = await fetch(`${await apps.get(service)!.getUrl()}${path}`, {
      method: 'POST',
      headers: { ...bearer(await tokenFor(Role.Screener)), 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${service} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }

  beforeAll(async () => {
    const urls: Record<string, string> = {};
    for (const name of ['screening', 'marac', 'strategy'] as const) {
      useServiceTestEnvironment(name);
      const { app } = await API_SERVICES[name]();
      await app.listen(0, '127.0.0.1');
      apps.set(name, app);
      urls[`${name.toUpperCase()}_URL`] = await app.getUrl();
    }
    child = await childReferredTwice(apps.get('screening')!);
    // The first contact went to MARAC (the mother as victim); the open one has a strategy discussion.
    ({ reference: maracReference } = await post<{ reference: string }>('marac', '/referrals', {
      screeningCaseId: child.decided.caseId,
      victim: { firstName: 'Kerry', lastName: `Sampleton${child.family}`, dateOfBirth: '1990-02-03' },
      perpetrator: { firstName: 'Mark', lastName: `Jonas${child.family}`, dateOfBirth: '1988-09-09' },
      childrenInHousehold: [{ firstName: 'Ava', lastName: `Sampleton${child.family}`, dateOfBirth: child.dateOfBirth }],
      referringAgency: Agency.ChildrenSocialCare,
      dashYesCount: 15,
    }));
    await post('strategy', '/strategy-discussions', {
      reason: StrategyReason.SignificantHarmSuspected,
      rag: Rag.Amber,
      concernCategories: [ConcernCategory.Neglect],
      rationale: 'Ava has lost weight again and says there is no food at home.',
      referrer: { organisation: 'school-141001', sourceType: SourceType.School },
      caseId: child.open.caseId,
      caseReference: child.open.reference,
      children: [{ firstName: 'Eva', lastName: `Sampelton${child.family}`, dateOfBirth: child.dateOfBirth }],
    });
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

  it('a screener finds a child by a misspelt name and date of birth and reads their whole history', async () => {
    const { context, page } = await signedIn('Sasha Screener (demo)');
    await page.getByRole('link', { name: 'Find a child' }).first().click();
    await page.waitForURL('**/children');
    await browser.expectAccessible(page, 'find a child');

    // Nothing to search by: the error summary, linked to the first box; nothing was searched.
    await page.getByRole('button', { name: 'Search' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('Enter at least one detail about the child');
    expect(await page.title()).toMatch(/^Error: Find a child/);
    await expect(page.locator('#child-results').count()).resolves.toBe(0);
    await browser.expectAccessible(page, 'find a child with an error');
    await summary.getByRole('link', { name: /Enter at least one detail/ }).click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('firstName');

    // The caller spells her "Eva Sampelton": she is found, with the spelling she was first given.
    await page.getByLabel('First name').fill('Eva');
    await page.getByLabel('Last name').fill(`Sampelton${child.family}`);
    const dateOfBirth = page.getByRole('group', { name: 'Date of birth' });
    await dateOfBirth.getByLabel('Day').fill('14');
    await dateOfBirth.getByLabel('Month').fill('5');
    await dateOfBirth.getByLabel('Year').fill('2018');
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.locator('#child-results tbody tr').filter({ hasText: `Sampelton${child.family}` });
    await expect(row.count()).resolves.toBe(1);
    const rowText = (await row.textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(rowText).toContain(`Also given as Ava Sampleton${child.family}`);
    expect(rowText).toContain('Open case');
    expect(rowText).toContain('date of birth, first name sounds alike, last name sounds alike');
    await browser.expectAccessible(page, 'find a child results');
    await saveScreenshot(page, '33-find-a-child');
    const resultsUrl = page.url();

    await row.getByRole('link', { name: `Eva Sampelton${child.family}` }).click();
    await page.waitForURL(`**/children/${child.personId}*`);
    expect(await page.locator('h1').textContent()).toBe(`Eva Sampelton${child.family}`);
    const contacts = page.locator('#child-contacts tbody tr');
    await expect(contacts.count()).resolves.toBe(2);
    await expect(contacts.nth(0).textContent()).resolves.toContain(child.open.reference);
    const decided = (await contacts.nth(1).textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(decided).toContain(child.decided.reference);
    expect(decided).toMatch(/Early help.*signed off/i);
    await expect(page.locator('#household').textContent()).resolves.toContain(`Lee Jonas${child.family}`);
    await expect(page.locator('#household').textContent()).resolves.toContain(`Kerry Sampleton${child.family}`);
    await expect(page.locator('#marac-referrals').textContent()).resolves.toContain(maracReference);
    await expect(page.locator('#marac-referrals').textContent()).resolves.toContain('listed at a MARAC meeting');
    const discussion = page.locator('#strategy-discussions').getByRole('link', { name: child.open.reference });
    await expect(discussion.count()).resolves.toBe(1);
    await browser.expectAccessible(page, "child's page");
    await saveScreenshot(page, '34-child-page');

    // The open case is one click away; back to the same results.
    await page.getByRole('link', { name: 'Back to the search' }).click();
    expect(page.url()).toBe(resultsUrl);
    await page.goBack();
    await page.locator('#open-cases').getByRole('link', { name: child.open.reference }).click();
    await page.waitForURL(`**/cases/${child.open.caseId}`);
    expect(await page.locator('h1').textContent()).toBe(child.open.reference);

    // Reflow: no horizontal scrolling at 320 CSS pixels on the search and the child's page.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(resultsUrl);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await page.goto(`/children/${child.personId}`);
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    await context.close();
  }, 60_000);

  it('shows each invalid detail against its box, and refuses the pages to anyone outside the front door', async () => {
    const { context, page } = await signedIn('Sasha Screener (demo)');
    const response = await page.goto('/children?nhsNumber=9434765918&postcode=nowhere&firstName=&lastName=');
    expect(response?.status()).toBe(400);
    const summary = (await page.locator('.govuk-error-summary').textContent()) ?? '';
    expect(summary).toContain('Enter a valid NHS number');
    expect(summary).toContain('Enter a real postcode');
    await browser.expectAccessible(page, 'find a child with invalid details');
    await context.close();

    const school = await signedIn('Olive Oakfield (demo)');
    expect((await school.page.goto('/children'))?.status()).toBe(403);
    expect((await school.page.goto(`/children/${child.personId}`))?.status()).toBe(403);
    await expect(school.page.getByRole('link', { name: 'Find a child' }).count()).resolves.toBe(0);
    await school.context.close();
  }, 60_000);
});
