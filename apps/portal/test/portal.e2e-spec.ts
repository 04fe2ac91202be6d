import { pageScrollWidth, saveScreenshot } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { startFrontDoorStack, type FrontDoorStack } from '../../../test/support/front-door-stack';
import { PortalBrowser, reloadUntil, startPortal } from './support/portal-browser';

/**
 * The portal in real headless Chromium over intake and screening on the real broker: a school
 * refers, a screener decides, a manager signs off, the school hears back. Every page visited
 * passes axe (WCAG 2.2 AA) and uses no script the CSP did not allow.
 */
describe('portal (browser)', () => {
  let stack: FrontDoorStack;
  let portal: INestApplication;
  let portalUrl: string;
  let browser: PortalBrowser;
  const extraApps: INestApplication[] = [];

  // A child no other run uses, so the worklist filter finds exactly this referral.
  const surname = `Browsertest${randomUUID().slice(0, 8).replace(/\d/g, 'x')}`;

  beforeAll(async () => {
    stack = await startFrontDoorStack();
    await stack.intake.listen(0, '127.0.0.1');
    await stack.screening.listen(0, '127.0.0.1');
    process.env.INTAKE_URL = await stack.intake.getUrl();
    process.env.SCREENING_URL = await stack.screening.getUrl();
    portal = await startPortal({});
    portalUrl = await portal.getUrl();
    browser = await PortalBrowser.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const app of extraApps) await app.close();
    await portal?.close();
    await stack?.close();
  });

  const newContext = (baseURL = portalUrl) => browser.newContext(baseURL);
  const expectAccessible = (page: Page, label: string) => browser.expectAccessible(page, label);
  const signIn = (context: BrowserContext, name: string) => browser.signIn(context, name);

  async function choose(page: Page, label: string): Promise<void> {
    await page.getByLabel(label, { exact: true }).check();
  }

  async function continueOn(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForLoadState();
  }

  async function heading(page: Page): Promise<string> {
    return ((await page.locator('h1, legend h1, label h1').first().textContent()) ?? '').trim();
  }

  it('a school refers, a screener decides, a manager signs off and the school sees the outcome', async () => {
    const school = await newContext();
    const dsl = await signIn(school, 'Olive Oakfield (demo)');
    await expectAccessible(dsl, 'home (school)');
    await dsl.goto('/sign-in/development');
    await expectAccessible(dsl, 'development sign-in');

    await dsl.goto('/referrals/new');
    await expectAccessible(dsl, 'referral start');
    await saveScreenshot(dsl, '01-referral-start');
    await dsl.getByRole('button', { name: 'Start now' }).click();

    expect(await heading(dsl)).toBe('Is a child in immediate danger?');
    await expectAccessible(dsl, 'immediate danger');
    await choose(dsl, 'No');
    await continueOn(dsl);

    // The child, with the date of birth forgotten: error summary and inline error, then fixed.
    expect(await heading(dsl)).toBe('About the child');
    await dsl.getByLabel('First name').fill('Ava');
    await dsl.getByLabel('Last name').fill(surname);
    await choose(dsl, 'Yes');
    await continueOn(dsl);
    const summary = dsl.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain("Enter the child's date of birth");
    expect(await dsl.title()).toMatch(/^Error: /);
    await expectAccessible(dsl, 'child details with an error');
    await saveScreenshot(dsl, '02-child-error');
    await summary.getByRole('link', { name: "Enter the child's date of birth" }).click();
    const dateOfBirth = dsl.getByRole('group', { name: 'Date of birth', exact: true });
    await dateOfBirth.getByLabel('Day').fill('12');
    await dateOfBirth.getByLabel('Month').fill('4');
    await dateOfBirth.getByLabel('Year').fill('2017');
    await continueOn(dsl);

    expect(await heading(dsl)).toBe(`Has Ava ${surname} said anything about this?`);
    await expectAccessible(dsl, 'child voice');
    await choose(dsl, 'Yes');
    await dsl.getByLabel('What did they say?').fill('Ava said "there is no food at home and I look after my brother".');
    await continueOn(dsl);

    expect(await heading(dsl)).toBe('You have added 1 child');
    await expectAccessible(dsl, 'children');
    await choose(dsl, 'No');
    await continueOn(dsl);

    expect(await heading(dsl)).toBe('Parents, carers and other adults');
    await expectAccessible(dsl, 'adults');
    await choose(dsl, 'Yes');
    await continueOn(dsl);
    await dsl.getByLabel('First name').fill('Casey');
    await dsl.getByLabel('Last name').fill(surname);
    await dsl.getByLabel('Relationship to the child').fill('mother');
    await choose(dsl, 'Yes');
    await expectAccessible(dsl, 'adult');
    await continueOn(dsl);
    await choose(dsl, 'No');
    await continueOn(dsl);

    expect(await heading(dsl)).toBe('What is the worry about?');
    await expectAccessible(dsl, 'concern categories');
    await choose(dsl, 'Neglect');
    await continueOn(dsl);
    await expectAccessible(dsl, 'concern');
    await dsl.getByLabel('What are you worried about?').fill('Ava is hungry most mornings.');
    await continueOn(dsl);
    await expectAccessible(dsl, 'action taken');
    await choose(dsl, 'No, nothing yet');
    await continueOn(dsl);
    await expectAccessible(dsl, 'family awareness');
    await choose(dsl, 'No, they do not know yet');
    await continueOn(dsl);

    // Check answers: advice on what screeners will ask, without blocking.
    expect(await heading(dsl)).toBe('Check your answers before sending your referral');
    const advice = (await dsl.locator('#screener-advice').textContent()) ?? '';
    expect(advice).toContain('The description of the worry is short');
    expect(advice).toContain('You have not said what the school has done so far');
    await expectAccessible(dsl, 'check answers');
    await saveScreenshot(dsl, '03-check-answers');

    await dsl.getByRole('button', { name: 'Send referral' }).click();
    await dsl.waitForURL('**/referrals/confirmation');
    const reference = ((await dsl.locator('#reference').textContent()) ?? '').trim();
    expect(reference).toMatch(/^[A-Z]{2}-/);
    await expectAccessible(dsl, 'confirmation');
    await saveScreenshot(dsl, '04-confirmation');

    // My referrals lists it; its page has a stable id for the other school to try.
    await dsl.goto('/my-referrals');
    const row = dsl.getByRole('row').filter({ hasText: reference });
    await expect(row.textContent()).resolves.toContain(`Ava ${surname}`);
    await expectAccessible(dsl, 'my referrals');
    await saveScreenshot(dsl, '05-my-referrals');
    const referralPath = (await row.getByRole('link', { name: reference }).getAttribute('href'))!;

    // Reflow: no horizontal scrolling at 320 CSS pixels.
    await dsl.setViewportSize({ width: 320, height: 640 });
    await dsl.goto('/referrals/new');
    expect(await pageScrollWidth(dsl)).toBeLessThanOrEqual(320);
    await dsl.goto('/my-referrals');
    expect(await pageScrollWidth(dsl)).toBeLessThanOrEqual(320);
    await saveScreenshot(dsl, '06-my-referrals-320px');
    await dsl.setViewportSize({ width: 1024, height: 800 });

    // Another school sees neither the row nor the page.
    const otherSchool = await newContext();
    const other = await signIn(otherSchool, 'Rory Riverside (demo)');
    await other.goto('/my-referrals');
    expect(await other.locator('main').textContent()).not.toContain(reference);
    const forbidden = await other.goto(referralPath);
    expect(forbidden?.status()).toBe(404);
    await expectAccessible(other, 'not found');
    await otherSchool.close();

    // A screener finds it on the worklist and decides.
    const frontDoor = await newContext();
    const screener = await signIn(frontDoor, 'Sasha Screener (demo)');
    await reloadUntil(screener, `/worklist?reference=${encodeURIComponent(reference)}`, reference);
    await expectAccessible(screener, 'worklist');
    const worklistRow = screener.getByRole('row').filter({ hasText: reference });
    await expect(worklistRow.getByRole('cell').nth(2).textContent()).resolves.toBe('Neglect');
    await saveScreenshot(screener, '07-worklist');
    await screener.goto('/worklist?sort=received');
    await expectAccessible(screener, 'worklist sorted');
    await screener.goto(`/worklist?reference=${encodeURIComponent(reference)}`);
    await screener.getByRole('link', { name: reference }).click();
    await screener.waitForURL('**/cases/*');
    const casePath = new URL(screener.url()).pathname;
    await expectAccessible(screener, 'case');
    // Plain words, not the services' codes.
    const caseText = (await screener.locator('main').textContent()) ?? '';
    expect(caseText).toContain('Oakfield Lane Primary School');
    expect(caseText).toContain('Not found in earlier contacts: a new record');
    expect(caseText).toMatch(/Level 3: targeted, child in need\s*Neglect that is persistent/);
    expect(caseText).not.toMatch(/new-person|category:|keyword:|school-141001/);

    await screener.getByRole('button', { name: 'Record decision' }).click();
    await expect(screener.locator('.govuk-error-summary').textContent()).resolves.toContain('Select the outcome');
    await expectAccessible(screener, 'case with decision errors');
    await choose(screener, 'Early help');
    await choose(screener, 'Level 2: early help');
    await screener
      .getByLabel('Reasons for the decision')
      .fill('Neglect indicators; family not known; early help fits.');
    await screener.getByRole('group', { name: "Was the child's voice considered?" }).getByLabel('Yes').check();
    await screener.getByLabel("How did the child's voice shape the decision?").fill('Ava is a young carer and hungry.');
    const feedback = `Early help will contact the family this week (${surname}).`;
    await screener.getByLabel('What the referrer will be told').fill(feedback);
    await screener.getByRole('button', { name: 'Record decision' }).click();
    await expect(screener.locator('.govuk-notification-banner').textContent()).resolves.toContain('Decision recorded');
    await expectAccessible(screener, 'case after decision');
    await saveScreenshot(screener, '08-case-decided');
    await frontDoor.close();

    // A manager signs it off.
    const managers = await newContext();
    const manager = await signIn(managers, 'Morgan Manager (demo)');
    await manager.goto(casePath);
    await manager.getByRole('button', { name: 'Sign off decision' }).click();
    await expect(manager.locator('.govuk-notification-banner').textContent()).resolves.toContain('Decision signed off');
    await expectAccessible(manager, 'case signed off');
    // The case says whether the referrer was emailed: the portal's referral carries no email
    // address for the DSL, so intake records that it could not email them.
    await reloadUntil(manager, casePath, 'Not emailed: no email address');
    expect(await manager.locator('#referrer-told').textContent()).toBe(
      'Not emailed: no email address. Tell the referrer another way.',
    );
    await expectAccessible(manager, 'case with the referrer not emailed');
    await managers.close();

    // The school sees the outcome and the feedback.
    await reloadUntil(dsl, referralPath, feedback);
    expect(await dsl.locator('#outcome').textContent()).toContain('Early help');
    await expectAccessible(dsl, 'referral outcome');
    await saveScreenshot(dsl, '09-referral-outcome');
    await school.close();

    expect(browser.pageProblems).toEqual([]);
    expect(browser.axeSeen.length).toBeGreaterThan(20);
  }, 120_000);

  it('warns before the session times out, extends it with a button, and signs out after it', async () => {
    const shortSessions = await startPortal({ SESSION_IDLE_TIMEOUT_SECONDS: '4', SESSION_WARNING_SECONDS: '3' });
    extraApps.push(shortSessions);
    const context = await newContext(await shortSessions.getUrl());
    const page = await signIn(context, 'Olive Oakfield (demo)');

    const dialog = page.getByRole('dialog', { name: 'You will be signed out soon' });
    await dialog.waitFor({ state: 'visible', timeout: 5000 });
    await expectAccessible(page, 'timeout warning');
    await saveScreenshot(page, '10-timeout-warning');
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.waitForTimeout(2500);
    await page.goto('/referrals/new');
    expect(await heading(page)).toBe('Make a referral to the front door');

    await page.waitForTimeout(4500);
    await page.goto('/referrals/new');
    expect(new URL(page.url()).pathname).toBe('/sign-in/development');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('You have been signed out');
    await context.close();
  }, 30_000);

  it('refuses a form without its CSRF token', async () => {
    const response = await fetch(`${portalUrl}/sign-in/development`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'subject=demo-dsl-oakfield',
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('This form has expired');
  });

  it('sends security headers with a nonce for the one inline script', async () => {
    const response = await fetch(`${portalUrl}/sign-in/development`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await response.text()).toContain(`<script nonce="${nonce}">`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('has no development sign-in in production', async () => {
    const production = await startPortal({
      NODE_ENV: 'production',
      SESSION_SECRET: 'a-production-like-session-secret-of-enough-length',
      OIDC_ISSUER: 'https://login.example.org',
      OIDC_CLIENT_ID: 'portal',
      OIDC_CLIENT_SECRET: 'not-a-real-secret',
      OIDC_REDIRECT_URL: 'https://portal.example.org/sign-in/callback',
      AUTH_ISSUER: 'https://login.example.org',
      AUTH_JWKS_URL: 'https://login.example.org/jwks',
    });
    extraApps.push(production);
    const url = await production.getUrl();
    expect((await fetch(`${url}/sign-in/development`)).status).toBe(404);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });
});
