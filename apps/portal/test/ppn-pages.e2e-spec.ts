import { londonDateFromToday } from '@frontdoor/calendar';
import { eventually, saveScreenshot, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { API_SERVICES } from '../../../test/security/service-apps';
import { startFrontDoorStack, type FrontDoorStack } from '../../../test/support/front-door-stack';
import { PortalBrowser, startPortal } from './support/portal-browser';

/**
 * A GMP officer records a Public Protection Notice in the portal and follows it: police, intake
 * and screening on their test databases and the real broker, the portal in headless Chromium,
 * axe on every page, reflow at 320 CSS pixels on the main ones.
 */
describe('public protection notices (browser)', () => {
  let stack: FrontDoorStack;
  let police: INestApplication;
  let portal: INestApplication;
  let browser: PortalBrowser;
  const surname = `Ppn${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    stack = await startFrontDoorStack();
    await stack.intake.listen(0, '127.0.0.1');
    await stack.screening.listen(0, '127.0.0.1');
    useServiceTestEnvironment('police');
    const { app, events } = await API_SERVICES.police();
    police = app;
    await police.startAllMicroservices();
    await police.listen(0, '127.0.0.1');
    await events.joined;
    portal = await startPortal({
      INTAKE_URL: await stack.intake.getUrl(),
      SCREENING_URL: await stack.screening.getUrl(),
      POLICE_URL: await police.getUrl(),
    });
    browser = await PortalBrowser.launch();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await police?.close();
    await stack?.close();
  });

  afterEach(() => expect(browser.pageProblems).toEqual([]));

  async function signedIn(name: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(await portal.getUrl());
    return { context, page: await browser.signIn(context, name) };
  }

  const errorSummary = (page: Page) => page.locator('.govuk-error-summary').textContent();

  async function answerDash(page: Page, numbers: number[], answer: string): Promise<void> {
    for (const number of numbers) {
      await page
        .getByRole('group', { name: new RegExp(`^${number}\\. `) })
        .getByLabel(answer, { exact: true })
        .check();
    }
  }

  const noticesWithSummary = async (summary: string): Promise<number> => {
    const [{ count }] = await police
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM public_protection_notices WHERE summary = $1`, [summary]);
    return count;
  };

  it('an officer records a domestic-abuse PPN with the DASH, and sees what GMP and the front door did', async () => {
    const summary = `Officers attended ${surname}: shouting, the victim had a cut lip. Sam was in the room.`;
    const { context, page } = await signedIn('PC Pat Patrol (demo)');
    await page.getByRole('link', { name: 'Public protection notices' }).first().click();
    await page.waitForURL('**/ppns');
    await browser.expectAccessible(page, 'PPN list');
    await page.getByRole('button', { name: 'Record a new notice' }).click();
    await page.waitForURL('**/ppns/new/incident');

    // Nothing answered: every question named in the summary, nothing sent.
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const message of [
      'Select what kind of incident it was',
      'Enter the date it happened',
      'Enter the time it happened',
      'Enter what a safeguarding practitioner needs to know',
    ]) {
      await expect(errorSummary(page)).resolves.toContain(message);
    }
    expect(await page.title()).toMatch(/^Error: /);
    await browser.expectAccessible(page, 'PPN incident with errors');

    const [year, month, day] = londonDateFromToday(-1).split('-');
    await page.getByLabel('Domestic abuse').check();
    await page.getByLabel('Day').fill(String(Number(day)));
    await page.getByLabel('Month').fill(String(Number(month)));
    await page.getByLabel('Year').fill(year);
    await page.getByLabel('What time did it happen?').fill('25:99');
    await page.getByLabel('What does a safeguarding practitioner need to know?').fill(summary);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(errorSummary(page)).resolves.toContain('Enter the time on the 24-hour clock, like 21:40');
    // The answers are kept for the officer to correct.
    await expect(page.getByLabel('What does a safeguarding practitioner need to know?').inputValue()).resolves.toBe(
      summary,
    );
    await page.getByLabel('What time did it happen?').fill('21:40');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/ppns/new/people');
    await browser.expectAccessible(page, 'PPN people');
    await browser.expectReflow(page);

    // A child half entered: the missing answers are asked for.
    const child1 = page.getByRole('group', { name: 'Child 1', exact: true });
    await child1.getByLabel('First name').fill('Sam');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(errorSummary(page)).resolves.toContain("Enter the child's last name");
    await expect(errorSummary(page)).resolves.toContain('Select yes if the child was present');
    await browser.expectAccessible(page, 'PPN people with errors');
    await child1.getByLabel('Last name').fill(surname);
    await child1.getByLabel('Yes', { exact: true }).check();
    const child2 = page.getByRole('group', { name: 'Child 2 (optional)', exact: true });
    await child2.getByLabel('First name').fill('Alex');
    await child2.getByLabel('Last name').fill(surname);
    await child2.getByLabel('No, they live there but were elsewhere').check();
    const victim = page.getByRole('group', { name: 'The victim (optional)', exact: true });
    await victim.getByLabel('First name').fill('Casey');
    await victim.getByLabel('Last name').fill(surname);
    const perpetrator = page.getByRole('group', { name: 'The perpetrator (optional)', exact: true });
    await perpetrator.getByLabel('First name').fill('Jordan');
    await perpetrator.getByLabel('Last name').fill(surname);
    await page.getByRole('button', { name: 'Continue' }).click();

    // The DASH, eight questions a page; none answered is refused question by question.
    await page.waitForURL('**/ppns/new/dash/1');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(errorSummary(page)).resolves.toContain('Select an answer to question 1');
    await expect(errorSummary(page)).resolves.toContain('Select an answer to question 8');
    await browser.expectAccessible(page, 'DASH page 1 with errors');
    await answerDash(page, [1, 2, 3, 4, 5, 6, 7, 8], 'Yes');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/ppns/new/dash/2');
    await answerDash(page, [9, 10, 11, 12, 13, 14, 15], 'Yes');
    await answerDash(page, [16], "Don't know");
    await browser.expectAccessible(page, 'DASH page 2');
    await browser.expectReflow(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/ppns/new/dash/3');
    await answerDash(page, [17, 18, 19, 20, 21, 22, 23, 24], 'No');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(errorSummary(page)).resolves.toContain('Select yes if you judge the risk to be high');
    await page.getByLabel('No, go by the checklist').check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL('**/ppns/new/check-answers');
    await expect(page.locator('#dash-yes-count').textContent()).resolves.toBe('15 of 24 (visible high risk)');
    await expect(page.locator('#people-answers').textContent()).resolves.toContain(`Alex ${surname} (not present)`);
    await browser.expectAccessible(page, 'PPN check answers');
    await saveScreenshot(page, '40-ppn-check-answers');
    expect(await noticesWithSummary(summary)).toBe(0);

    await page.getByRole('button', { name: 'Send the notice' }).click();
    await page.waitForURL(/\/ppns\/[0-9a-f-]{36}$/);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toMatch(
      /Notice recorded: GMP-\d{8}-\d{4,}/,
    );
    const reference = (await page.locator('#police-reference').textContent())!.trim();
    await expect(page.locator('#dash-result').textContent()).resolves.toContain('15 of 24 yes, visible high risk');
    await expect(page.locator('#call-outs').textContent()).resolves.toBe('1');
    expect(await noticesWithSummary(summary)).toBe(1);

    // The front door raises a contact for each child and screens it; the officer sees both.
    await eventually(
      async () => {
        await page.reload();
        const rows = page.locator('#front-door-contacts tbody tr');
        if ((await rows.count()) !== 2) return undefined;
        const texts = await rows.allTextContents();
        return texts.every((text) => text.includes('Being screened')) ? texts : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500, what: 'both children screened' },
    );
    const contacts = (await page.locator('#front-door-contacts').textContent()) ?? '';
    expect(contacts).toContain(`Sam ${surname}`);
    expect(contacts).toContain(`Alex ${surname}`);
    expect(contacts).toMatch(/FD-/);
    await browser.expectAccessible(page, 'PPN with the front door contacts');
    await saveScreenshot(page, '41-ppn-followed');
    await browser.expectReflow(page);

    // The officer's list has it, with the DASH result.
    await page.getByRole('link', { name: 'Back to your notices' }).click();
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect(row.textContent()).resolves.toContain('15 of 24');
    await expect(row.textContent()).resolves.toContain('High risk');
    await browser.expectReflow(page);
    await context.close();

    // A screener has no such pages, and no link to them.
    const screener = await signedIn('Sasha Screener (demo)');
    expect((await screener.page.goto('/ppns'))?.status()).toBe(403);
    await expect(screener.page.getByRole('link', { name: 'Public protection notices' }).count()).resolves.toBe(0);
    await screener.context.close();
  }, 90_000);

  it('skips the DASH for a missing child, and a question page without a notice in progress goes back to the list', async () => {
    const summary = `${surname} missing from home since this morning; found by officers at a bus station.`;
    const { context, page } = await signedIn('PC Pat Patrol (demo)');
    await page.goto('/ppns/new/people');
    await page.waitForURL('**/ppns');
    await page.getByRole('button', { name: 'Record a new notice' }).click();
    const [year, month, day] = londonDateFromToday(0).split('-');
    await page.getByLabel('Missing child').check();
    await page.getByLabel('Day').fill(day);
    await page.getByLabel('Month').fill(month);
    await page.getByLabel('Year').fill(year);
    await page.getByLabel('What time did it happen?').fill('00:05');
    await page.getByLabel('What does a safeguarding practitioner need to know?').fill(summary);
    await page.getByRole('button', { name: 'Continue' }).click();
    const child1 = page.getByRole('group', { name: 'Child 1', exact: true });
    await child1.getByLabel('First name').fill('Robin');
    await child1.getByLabel('Last name').fill(surname);
    await child1.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/ppns/new/check-answers');
    await expect(page.locator('#dash-answers').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Send the notice' }).click();
    await page.waitForURL(/\/ppns\/[0-9a-f-]{36}$/);
    await expect(page.locator('#dash-result').textContent()).resolves.toContain('Not asked');
    expect(await noticesWithSummary(summary)).toBe(1);
    // Sent once: the draft is gone, so going back to the last page starts again from the list.
    await page.goto('/ppns/new/check-answers');
    await page.waitForURL('**/ppns');
    await context.close();
  }, 60_000);
});
