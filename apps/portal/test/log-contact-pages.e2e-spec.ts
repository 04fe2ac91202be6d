import { Role } from '@frontdoor/auth';
import { ContactChannel } from '@frontdoor/contracts';
import { bearer, saveScreenshot, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { uniqueContact } from '../../../test/support/contacts';
import { startFrontDoorStack, type FrontDoorStack } from '../../../test/support/front-door-stack';
import { KeyboardUser } from './support/keyboard-user';
import { PortalBrowser, postStatus, reloadUntil, startPortal } from './support/portal-browser';

/**
 * "Log a contact" in real headless Chromium over intake and screening on the real broker: a
 * screener logs a GP's phone call, it reaches the worklist as the GP's contact (the practice as
 * the referrer's organisation) with the screener and the channel kept beside it. Every page
 * passes axe (WCAG 2.2 AA); the journey works from the keyboard alone; bad answers are shown
 * against their fields and nothing reaches intake.
 */
describe('log a contact (browser)', () => {
  let stack: FrontDoorStack;
  let portal: INestApplication;
  let browser: PortalBrowser;
  let intakeUrl: string;
  let screeningUrl: string;

  // Children no other run uses, so the worklist and intake's list find exactly this test's contact.
  const family = () => `Logtest${randomUUID().slice(0, 8).replace(/\d/g, 'x')}`;

  beforeAll(async () => {
    stack = await startFrontDoorStack();
    await stack.intake.listen(0, '127.0.0.1');
    await stack.screening.listen(0, '127.0.0.1');
    intakeUrl = await stack.intake.getUrl();
    screeningUrl = await stack.screening.getUrl();
    portal = await startPortal({ INTAKE_URL: intakeUrl, SCREENING_URL: screeningUrl });
    browser = await PortalBrowser.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await stack?.close();
  });

  afterEach(() => expect(browser.pageProblems).toEqual([]));

  async function signedIn(name: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(await portal.getUrl());
    return { context, page: await browser.signIn(context, name) };
  }

  const heading = async (page: Page) => ((await page.locator('h1').first().textContent()) ?? '').trim();

  async function continueOn(page: Page, label: string): Promise<void> {
    await browser.expectAccessible(page, label);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForLoadState();
  }

  /** The children's names in intake's latest contacts, as the front door sees them. */
  async function namesInIntake(): Promise<string[]> {
    const response = await fetch(`${intakeUrl}/contacts?limit=200`, { headers: bearer(await tokenFor(Role.Screener)) });
    const contacts = (await response.json()) as { childNames: string[] }[];
    return contacts.flatMap((contact) => contact.childNames);
  }

  it("a screener logs a GP's phone call; the case is the GP's, logged by the screener, by phone", async () => {
    const surname = family();
    const { context, page } = await signedIn('Sasha Screener (demo)');
    await page.getByRole('link', { name: 'Log a contact', exact: true }).click();
    await page.waitForURL('**/log-contact/new');
    await browser.expectAccessible(page, 'log a contact');
    await page.getByRole('button', { name: 'Start now' }).click();

    expect(await heading(page)).toBe('How did the contact come in?');
    await page.getByLabel('By phone').check();
    await continueOn(page, 'how the contact came in');

    expect(await heading(page)).toBe('Who is making the contact?');
    await page.getByLabel('A GP', { exact: true }).check();
    await continueOn(page, 'who is making the contact');

    expect(await heading(page)).toBe('About the referrer');
    await page.getByLabel('Their name').fill('Dr Priya Example');
    await page.getByLabel('Job or role').fill('GP partner');
    await page.getByLabel('Organisation').fill('Sale Medical Practice');
    await page.getByLabel('Phone number').fill('0161 496 0000');
    await continueOn(page, 'about the referrer');

    expect(await heading(page)).toBe('Is a child in immediate danger?');
    await page.getByLabel('No', { exact: true }).check();
    await continueOn(page, 'immediate danger');

    expect(await heading(page)).toBe('About the child');
    await page.getByLabel('First name').fill('Ava');
    await page.getByLabel('Last name').fill(surname);
    await page.getByLabel('No, I do not know it').check();
    await continueOn(page, 'the child');

    expect(await heading(page)).toBe(`Has Ava ${surname} said anything about this?`);
    await page.getByLabel('No', { exact: true }).check();
    await page.getByLabel('Why have their views not been sought?').fill('The GP has not seen Ava on her own.');
    await continueOn(page, 'child voice');
    await page.getByLabel('No', { exact: true }).check();
    await continueOn(page, 'children');

    expect(await heading(page)).toBe('Parents, carers and other adults');
    await page.getByLabel('Yes', { exact: true }).check();
    await continueOn(page, 'adults');
    await page.getByLabel('First name').fill('Casey');
    await page.getByLabel('Last name').fill(surname);
    await page.getByLabel('Relationship to the child').fill('mother');
    await page.getByLabel('Yes', { exact: true }).check();
    await continueOn(page, 'adult');
    await page.getByLabel('No', { exact: true }).check();
    await continueOn(page, 'adults added');

    await page.getByLabel('Neglect').check();
    await continueOn(page, 'concern categories');
    expect(await heading(page)).toBe('What is the referrer worried about?');
    await page
      .getByLabel('What is the referrer worried about?')
      .fill('Ava has missed three appointments and her mother told the GP there is no food at home this week.');
    await continueOn(page, 'the worry');
    expect(await heading(page)).toBe('Has the referrer done anything about this yet?');
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('What has the referrer done?').fill('Offered the health visitor; mother declined.');
    await continueOn(page, 'action taken');
    expect(await heading(page)).toBe('Does the family know about this contact?');
    await page.getByLabel('No, they do not know yet').check();
    await continueOn(page, 'family awareness');

    expect(await heading(page)).toBe('Check the contact before you log it');
    const referrer = ((await page.locator('#referrer-answers').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(referrer).toContain('By phone');
    expect(referrer).toContain('A GP');
    expect(referrer).toContain('Dr Priya Example, GP partner, Sale Medical Practice');
    await browser.expectAccessible(page, 'check the contact');
    await saveScreenshot(page, '40-logged-phone-contact');
    // Reflow: the page that holds the whole contact never scrolls sideways at 320 CSS pixels.
    await browser.expectReflow(page);

    await page.getByRole('button', { name: 'Log contact' }).click();
    await page.waitForURL('**/log-contact/confirmation');
    const reference = ((await page.locator('#reference').textContent()) ?? '').trim();
    expect(reference).toMatch(/^[A-Z]{2}-/);
    await browser.expectAccessible(page, 'contact logged');

    // The confirmation leads to the case on the worklist once screening has it.
    const worklistLink = (await page.locator('#open-case').getAttribute('href'))!;
    expect(worklistLink).toBe(`/worklist?reference=${encodeURIComponent(reference)}`);
    await reloadUntil(page, worklistLink, reference);
    await page.getByRole('link', { name: reference }).click();
    await page.waitForURL('**/cases/*');
    const caseId = new URL(page.url()).pathname.split('/').pop()!;
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Dr Priya Example, GP partner, Sale Medical Practice',
    );
    await expect(page.locator('#logged-by').textContent()).resolves.toBe('Sasha Screener (demo), by phone');
    await browser.expectAccessible(page, 'the logged case');

    // Screening holds both: the GP's practice as the referrer's organisation, the screener apart.
    const held = (await (
      await fetch(`${screeningUrl}/cases/${caseId}`, { headers: bearer(await tokenFor(Role.Screener)) })
    ).json()) as Record<string, unknown>;
    expect(held).toMatchObject({
      sourceType: 'health',
      cinReferralSource: '3A',
      referrerOrganisation: 'Sale Medical Practice',
      referrer: { name: 'Dr Priya Example', role: 'GP partner', organisation: 'Sale Medical Practice' },
      recordedBy: {
        subject: 'demo-screener-1',
        name: 'Sasha Screener (demo)',
        organisation: 'trafford-cs',
        channel: 'phone',
      },
    });
    await context.close();
  }, 120_000);

  it('logs an anonymous email with the keyboard alone, with focus always visible', async () => {
    const surname = family();
    const context = await browser.newContext(await portal.getUrl());
    const page = await context.newPage();
    const keyboard = new KeyboardUser(page);

    await page.goto('/sign-in/development');
    await keyboard.activate('Sign in as Sasha Screener (demo)');
    await page.keyboard.press('Tab');
    await expect(keyboard.focused()).resolves.toMatchObject({ name: 'Skip to main content', visible: true });
    await keyboard.activate('Log a contact');
    await keyboard.activate('Start now');

    expect(await heading(page)).toBe('How did the contact come in?');
    await keyboard.chooseRadio('By email');
    await keyboard.activate('Continue');
    expect(await heading(page)).toBe('Who is making the contact?');
    await keyboard.chooseRadio('Someone who will not give their name');
    await keyboard.activate('Continue');

    // Nobody to ask about: straight on to the child.
    expect(await heading(page)).toBe('Is a child in immediate danger?');
    await keyboard.chooseRadio('No');
    await keyboard.activate('Continue');
    await keyboard.fill('First name', 'Kit');
    await keyboard.fill('Last name', surname);
    await keyboard.chooseRadio('No, I do not know it');
    await keyboard.activate('Continue');
    expect(await heading(page)).toBe(`Has Kit ${surname} said anything about this?`);
    await keyboard.chooseRadio('Yes');
    await keyboard.fill('What did they say?', 'The email says Kit told a neighbour "nobody comes home at night".');
    await keyboard.activate('Continue');
    await keyboard.chooseRadio('No');
    await keyboard.activate('Continue');
    expect(await heading(page)).toBe('Parents, carers and other adults');
    await keyboard.chooseRadio('No');
    await keyboard.activate('Continue');
    await keyboard.tick('Neglect');
    await keyboard.activate('Continue');
    await keyboard.fill('What is the referrer worried about?', 'Kit, about 9, is left alone overnight most weekends.');
    await keyboard.activate('Continue');
    await keyboard.chooseRadio('No, nothing yet');
    await keyboard.activate('Continue');
    await keyboard.chooseRadio('I do not know');
    await keyboard.activate('Continue');

    expect(await heading(page)).toBe('Check the contact before you log it');
    await expect(page.locator('#referrer-answers').textContent()).resolves.toContain('By email');
    await keyboard.activate('Log contact');
    expect(new URL(page.url()).pathname).toBe('/log-contact/confirmation');
    const reference = ((await page.locator('#reference').textContent()) ?? '').trim();
    await keyboard.activate('Open the case on the worklist');
    expect(new URL(page.url()).search).toBe(`?reference=${encodeURIComponent(reference)}`);
    expect(await namesInIntake()).toContain(`Kit ${surname}`);
    await context.close();
  }, 120_000);

  it('shows each bad answer against its field, and sends nothing until the contact is complete', async () => {
    const surname = family();
    const { context, page } = await signedIn('Morgan Manager (demo)');
    await page.goto('/log-contact/new');
    await page.getByRole('button', { name: 'Start now' }).click();

    // No answer: the error summary names it and links to the radios.
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('Select how the contact came in');
    expect(await page.title()).toMatch(/^Error: /);
    await browser.expectAccessible(page, 'how the contact came in, unanswered');
    await page.getByLabel('In person').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('A family member, relative or carer').check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // A relative with no name, no relationship, and a phone number and email that are not ones.
    expect(await heading(page)).toBe('About the referrer');
    await page.getByLabel('Phone number').fill('ring the shop');
    await page.getByLabel('Email address').fill('aunt at example');
    expect(await postStatus(page, 'Continue')).toBe(400);
    const errors = await summary.getByRole('link').allTextContents();
    expect(errors.map((error) => error.trim())).toEqual([
      "Enter the referrer's name",
      'Enter how they know the child, for example neighbour or aunt',
      'Enter a phone number, like 0161 496 0000, or leave it blank',
      'Enter an email address, like name@example.org, or leave it blank',
    ]);
    await browser.expectAccessible(page, 'about the referrer, with errors');
    await summary.getByRole('link', { name: "Enter the referrer's name" }).click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('referrerName');
    // What was typed stays, to be corrected.
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe('aunt at example');

    await page.getByLabel('Their name').fill('Jo Example');
    await page.getByLabel('How they know the child').fill('aunt');
    await page.getByLabel('Phone number').fill('');
    await page.getByLabel('Email address').fill('');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('First name').fill('Lou');
    await page.getByLabel('Last name').fill(surname);
    await page.getByLabel('No, I do not know it').check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // The rest unanswered: check answers lists it, offers no button, and a forced submit is refused.
    await page.goto('/log-contact/check-answers');
    const missing = (await page.locator('#missing-answers').textContent()) ?? '';
    expect(missing).toContain(`Say whether Lou ${surname} has said anything about this`);
    expect(missing).toContain('Describe what the referrer is worried about');
    await expect(page.getByRole('button', { name: 'Log contact' }).count()).resolves.toBe(0);
    await browser.expectAccessible(page, 'check the contact, incomplete');
    const csrf = (await page.locator('input[name="_csrf"]').first().getAttribute('value')) ?? '';
    const forced = await page.request.post('/log-contact/submit', { form: { _csrf: csrf }, maxRedirects: 0 });
    expect(forced.status()).toBe(400);
    expect(await forced.text()).toContain('Say whether the family knows about this contact');
    expect(await namesInIntake()).not.toContain(`Lou ${surname}`);
    await context.close();
  }, 120_000);

  it('refuses the pages to a school, and refuses a "taken by phone" contact from anyone but the front door', async () => {
    const { context, page } = await signedIn('Olive Oakfield (demo)');
    expect((await page.goto('/log-contact/new'))?.status()).toBe(403);
    await expect(page.getByRole('link', { name: 'Log a contact' }).count()).resolves.toBe(0);
    await context.close();

    const surname = family();
    const { body: claimed } = uniqueContact();
    claimed.source = { ...claimed.source, channel: ContactChannel.Phone };
    claimed.children[0].lastName = surname;
    const response = await fetch(`${intakeUrl}/contacts`, {
      method: 'POST',
      headers: { ...bearer(await tokenFor(Role.SchoolDsl)), 'Content-Type': 'application/json' },
      body: JSON.stringify(claimed),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'source.channel' }] });
    expect(await namesInIntake()).not.toContain(`Sam ${surname}`);
  }, 60_000);
});
