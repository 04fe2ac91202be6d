import { saveScreenshot, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { uniqueContact } from '../../../test/support/contacts';
import { openScreeningCase } from '../../../test/support/partnership-records';
import { API_SERVICES } from '../../../test/security/service-apps';
import { PortalBrowser, postStatus, startPortal } from './support/portal-browser';

/**
 * Allocation in real headless Chromium, through the portal, against screening on its test
 * database: screeners sign in (which makes them allocatable), a manager gives a case to one from
 * the worklist and moves it to the other from the case page, reads everyone's workload, and each
 * screener finds the case in "My cases" or no longer does. Every page passes axe; the workload
 * reflows at 320 px.
 */
describe('allocation and workload pages (browser)', () => {
  let screening: INestApplication;
  let portal: INestApplication;
  let portalUrl: string;
  let browser: PortalBrowser;

  beforeAll(async () => {
    useServiceTestEnvironment('screening');
    ({ app: screening } = await API_SERVICES.screening());
    await screening.listen(0, '127.0.0.1');
    portal = await startPortal({ SCREENING_URL: await screening.getUrl() });
    portalUrl = await portal.getUrl();
    browser = await PortalBrowser.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await screening?.close();
  });

  afterEach(() => expect(browser?.pageProblems).toEqual([]));

  /** Signs in and opens "My cases" from the navigation, as a screener starting a shift would. */
  async function myCases(name: string): Promise<Page> {
    const context = await browser.newContext(portalUrl);
    const page = await browser.signIn(context, name);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My cases' }).click();
    await page.waitForURL('**/my-cases');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('My cases');
    return page;
  }

  it('a manager allocates a case from the worklist, moves it from the case page, and sees the workload', async () => {
    const { caseId, reference } = await openScreeningCase(screening, uniqueContact().body);
    const overdue = await openScreeningCase(screening, uniqueContact().body, {
      receivedAt: new Date(Date.now() - 30 * 24 * 3600_000),
    });

    // Both screeners sign in and look at their cases: from then on they can be given cases.
    const sasha = await myCases('Sasha Screener (demo)');
    await expect(sasha.locator('main').textContent()).resolves.not.toContain(reference);
    await browser.expectAccessible(sasha, 'my cases');
    const sam = await myCases('Sam Second-Screener (demo)');

    const context = await browser.newContext(portalUrl);
    const manager = await browser.signIn(context, 'Morgan Manager (demo)');
    await manager.goto(`/worklist?reference=${reference}`);
    const row = manager.getByRole('row', { name: new RegExp(reference) });
    await expect(row.textContent()).resolves.toContain('Not allocated');
    await browser.expectAccessible(manager, 'worklist with allocation');
    await row.getByRole('link', { name: `Allocate ${reference}` }).click();
    await manager.waitForURL(`**/cases/${caseId}/allocate`);
    expect(await manager.title()).toMatch(new RegExp(`^Allocate case ${reference}`));
    await expect(manager.locator('#deadline').textContent()).resolves.toContain('Nobody has it yet.');
    await browser.expectAccessible(manager, 'allocate a case');

    // Nobody chosen: the error summary says so and nothing changes.
    expect(await postStatus(manager, 'Allocate the case')).toBe(400);
    await expect(manager.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Select the screener to give the case to',
    );
    expect(await manager.title()).toMatch(/^Error: /);
    await browser.expectAccessible(manager, 'allocate a case with errors');

    await manager.getByLabel('Sasha Screener (demo)').check();
    await manager.getByRole('button', { name: 'Allocate the case' }).click();
    await manager.waitForURL(`**/cases/${caseId}`);
    await expect(manager.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      `${reference} is now with Sasha Screener (demo)`,
    );
    await expect(manager.locator('#allocation').textContent()).resolves.toContain('With Sasha Screener (demo) since');
    await browser.expectAccessible(manager, 'case allocated');

    await sasha.reload();
    await expect(sasha.locator('main').textContent()).resolves.toContain(reference);

    // Moved on from the case page, with a reason; the screener it is with now is not offered again.
    await manager.getByRole('link', { name: 'Move to another screener' }).click();
    await manager.waitForURL(`**/cases/${caseId}/allocate`);
    await expect(manager.getByLabel('Sasha Screener (demo)').count()).resolves.toBe(0);
    await manager.getByLabel('Sam Second-Screener (demo)').check();
    await manager.getByLabel('Why (optional)').fill('Sasha is in court tomorrow');
    await manager.getByRole('button', { name: 'Move the case' }).click();
    await manager.waitForURL(`**/cases/${caseId}`);
    await expect(manager.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Moved from Sasha Screener (demo)',
    );

    await sasha.reload();
    await expect(sasha.locator('main').textContent()).resolves.not.toContain(reference);
    await sam.reload();
    const samsRow = sam.getByRole('row', { name: new RegExp(reference) });
    await expect(samsRow.textContent()).resolves.toContain('Sam Second-Screener (demo)');
    await browser.expectAccessible(sam, 'my cases with a case');

    // The overdue case goes to Sam too: the workload counts it as past its deadline.
    await manager.goto(`/cases/${overdue.caseId}/allocate`);
    await manager.getByLabel('Sam Second-Screener (demo)').check();
    await manager.getByRole('button', { name: 'Allocate the case' }).click();
    await manager.waitForURL(`**/cases/${overdue.caseId}`);

    await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workload' }).click();
    await manager.waitForURL('**/workload');
    const samLine = manager.getByRole('row', { name: /Sam Second-Screener \(demo\)/ });
    const cells = await samLine.getByRole('cell').allTextContents();
    expect(Number(cells[0])).toBeGreaterThanOrEqual(2);
    expect(Number(cells[2].trim())).toBeGreaterThanOrEqual(1);
    await expect(manager.getByRole('row', { name: /Not allocated/ }).count()).resolves.toBe(1);
    await browser.expectAccessible(manager, 'workload');
    await saveScreenshot(manager, '61-workload');
    await browser.expectReflow(manager);

    // Each screener's line leads to their cases on the worklist.
    await samLine.getByRole('link').click();
    await manager.waitForURL('**/worklist?allocatedTo=demo-screener-2');
    await expect(manager.locator('main').textContent()).resolves.toContain(reference);
    await expect(manager.getByLabel('With', { exact: true }).inputValue()).resolves.toBe('demo-screener-2');

    const audit = (await screening
      .get(DataSource)
      .query(
        `SELECT action, reason FROM audit_records WHERE subject_id = $1 AND action IN ('case.allocated', 'case.moved') ORDER BY id`,
        [caseId],
      )) as { action: string; reason: string }[];
    expect(audit).toEqual([
      { action: 'case.allocated', reason: 'to demo-screener-1' },
      { action: 'case.moved', reason: 'from demo-screener-1 to demo-screener-2: Sasha is in court tomorrow' },
    ]);
    await context.close();
    await sasha.context().close();
    await sam.context().close();
  }, 120_000);
});
