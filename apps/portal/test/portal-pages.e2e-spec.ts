import { Role } from '@frontdoor/auth';
import { bearer, pageScrollWidth, saveScreenshot, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { API_SERVICES } from '../../../test/security/service-apps';
import { KeyboardUser } from './support/keyboard-user';
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

  it('links the accessibility statement, cookies and privacy pages from every footer, signed out too', async () => {
    const context = await browser.newContext(portalUrl);
    const page = await context.newPage();
    await page.goto('/sign-in');
    const footer = page.getByRole('contentinfo');
    for (const [link, heading] of [
      ['Accessibility statement', "Accessibility statement for the children's services front door portal"],
      ['Cookies', 'Cookies'],
      ['Privacy notice', "Privacy notice: the children's services front door"],
    ]) {
      await footer.getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
      await browser.expectAccessible(page, link);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);

    // The cookies page names every cookie the portal really sets: after signing in, only that one.
    await footer.getByRole('link', { name: 'Cookies', exact: true }).click();
    const named = (await page.locator('#cookies tbody code').allTextContents()).map((name) => name.trim());
    expect(named).toHaveLength(1);
    await browser.signIn(context, 'Sasha Screener (demo)');
    const set = (await context.cookies()).map((cookie) => cookie.name);
    expect(set).toEqual(named);
    await context.close();
  });

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

  it('lets a school make a referral with the keyboard alone, with focus always visible', async () => {
    const context = await browser.newContext(portalUrl);
    const page = await context.newPage();
    const keyboard = new KeyboardUser(page);
    const heading = async () => ((await page.locator('h1').first().textContent()) ?? '').trim();

    await page.goto('/sign-in/development');
    await keyboard.activate('Sign in as Olive Oakfield (demo)');

    // The skip link is the first stop and moves focus to the main content.
    await page.keyboard.press('Tab');
    await expect(keyboard.focused()).resolves.toMatchObject({ name: 'Skip to main content', visible: true });
    await page.keyboard.press('Enter');
    await expect(keyboard.focused()).resolves.toMatchObject({ tag: 'main', id: 'main-content' });
    await keyboard.activate('Make a referral');
    await keyboard.activate('Start now');

    // Continuing without an answer: focus moves to the error summary, whose link leads to the field.
    expect(await heading()).toBe('Is a child in immediate danger?');
    await keyboard.activate('Continue');
    await expect(keyboard.focused()).resolves.toMatchObject({ tag: 'div' });
    expect(await page.evaluate('document.activeElement.classList.contains("govuk-error-summary")')).toBe(true);
    await keyboard.tabTo('Select yes if a child is in immediate danger');
    await page.keyboard.press('Enter');
    await expect(keyboard.focused()).resolves.toMatchObject({ type: 'radio', name: 'Yes', visible: true });
    await page.keyboard.press('ArrowDown');
    await expect(keyboard.focused()).resolves.toMatchObject({ name: 'No', checked: true });
    await keyboard.activate('Continue');

    const addChild = async (firstName: string) => {
      expect(await heading()).toMatch(/^About (the child|child \d)$/);
      await keyboard.fill('First name', firstName);
      await keyboard.fill('Last name', 'Keyboard');
      await keyboard.chooseRadio('Yes');
      await keyboard.fill('Day', '3');
      await keyboard.fill('Month', '9');
      await keyboard.fill('Year', '2016');
      await keyboard.activate('Continue');
      expect(await heading()).toBe(`Has ${firstName} Keyboard said anything about this?`);
      await keyboard.chooseRadio('Yes');
      await keyboard.fill('What did they say?', `${firstName} said they are often hungry.`);
      await keyboard.activate('Continue');
    };
    await addChild('Kit');
    await keyboard.chooseRadio('Yes');
    await keyboard.activate('Continue');
    await addChild('Lou');
    expect(await heading()).toBe('You have added 2 children');
    await browser.expectAccessible(page, 'children with remove links');

    // Lou was added by mistake: remove them (Shift+Tab back from the question to the link).
    await keyboard.tabTo('Continue');
    await keyboard.activate('Remove Lou Keyboard', { backwards: true });
    expect(await heading()).toBe('Are you sure you want to remove Lou Keyboard?');
    await browser.expectAccessible(page, 'remove a child');
    await keyboard.chooseRadio('Yes');
    await keyboard.activate('Continue');
    expect(await heading()).toBe('You have added 1 child');
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Lou Keyboard has been removed from this referral',
    );
    await expect(page.locator('.govuk-summary-list').textContent()).resolves.not.toContain('Lou');
    await keyboard.chooseRadio('No');
    await keyboard.activate('Continue');

    expect(await heading()).toBe('Parents, carers and other adults');
    await keyboard.chooseRadio('No');
    await keyboard.activate('Continue');
    expect(await heading()).toBe('What is the worry about?');
    await keyboard.tick('Neglect');
    await keyboard.activate('Continue');
    await keyboard.fill(
      'What are you worried about?',
      'Kit arrives hungry most mornings and has lost weight this term.',
    );
    await keyboard.activate('Continue');
    await keyboard.chooseRadio('No, nothing yet');
    await keyboard.activate('Continue');
    await keyboard.chooseRadio('No, they do not know yet');
    await keyboard.activate('Continue');

    expect(await heading()).toBe('Check your answers before sending your referral');
    await keyboard.activate('Send referral');
    expect(new URL(page.url()).pathname).toBe('/referrals/confirmation');
    expect(((await page.locator('#reference').textContent()) ?? '').trim()).toMatch(/^[A-Z]{2}-/);
    await context.close();
  }, 60_000);

  it('refuses sign-in with a GOV.UK page after too many attempts from one client', async () => {
    // Its own Redis database, so the count is this test's alone and other tests' sign-ins do not trip it.
    const limited = await startPortal({
      REDIS_URL: 'redis://127.0.0.1:6379/13',
      PORTAL_SIGN_IN_ATTEMPTS_PER_MINUTE: '3',
    });
    try {
      const context = await browser.newContext(await limited.getUrl());
      const page = await context.newPage();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5 && !statuses.includes(429); attempt++) {
        await page.goto('/sign-in/development');
        const [response] = await Promise.all([
          page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
          page.getByRole('button', { name: 'Sign in as Morgan Manager (demo)' }).click(),
        ]);
        statuses.push(response.status());
      }
      // Three attempts a minute are allowed (fewer if this test ran within the last minute); the next is refused.
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.slice(0, -1).every((status) => status === 303)).toBe(true);
      expect(statuses.length).toBeLessThanOrEqual(4);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Too many attempts to sign in');
      await browser.expectAccessible(page, 'too many sign-in attempts');
      // Only signing in is limited: pages still answer.
      expect((await page.goto('/sign-in/development'))?.status()).toBe(200);
      await context.close();
    } finally {
      await limited.close();
    }
  }, 30_000);
});
