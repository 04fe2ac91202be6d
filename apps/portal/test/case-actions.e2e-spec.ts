import { Role } from '@frontdoor/auth';
import {
  bearer,
  eventually,
  pageScrollWidth,
  saveScreenshot,
  tokenFor,
  useServiceTestEnvironment,
} from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { childKnownToAgencies, contactAboutKnownChild, uniqueContact } from '../../../test/support/contacts';
import { seedAgencyRecords, startAgencyApps, type AgencyName } from '../../../test/support/agency-apps';
import { startFrontDoorStack, type FrontDoorStack } from '../../../test/support/front-door-stack';
import { openScreeningCase } from '../../../test/support/partnership-records';
import { API_SERVICES } from '../../../test/security/service-apps';
import type { Page } from 'playwright-core';
import type { MaracCase } from '../src/clients/marac.client';
import type { StrategyDiscussionSummary } from '../src/clients/strategy.client';
import type { CaseDetails } from '../src/clients/screening.client';
import { PortalBrowser, postStatus, startPortal } from './support/portal-browser';

/**
 * The case page's actions in real headless Chromium, through the portal, against the real
 * services on the real broker: a screener asks police, health and education and reads each
 * answer as it arrives, refers the case to MARAC once, and asks for a strategy discussion by hand. Every page passes axe; the case page
 * reflows at 320 px.
 */
describe('case page actions (browser)', () => {
  let stack: FrontDoorStack;
  let agencies: Record<AgencyName, INestApplication>;
  let portal: INestApplication;
  let portalUrl: string;
  let screeningUrl: string;
  let marac: INestApplication;
  let maracUrl: string;
  let strategy: INestApplication;
  let strategyUrl: string;
  let browser: PortalBrowser;

  beforeAll(async () => {
    stack = await startFrontDoorStack();
    agencies = await startAgencyApps();
    await seedAgencyRecords(agencies);
    await stack.screening.listen(0, '127.0.0.1');
    screeningUrl = await stack.screening.getUrl();
    // marac's and strategy's HTTP sides are enough here: referrals and discussions are made and read over HTTP.
    useServiceTestEnvironment('marac');
    ({ app: marac } = await API_SERVICES.marac());
    await marac.listen(0, '127.0.0.1');
    maracUrl = await marac.getUrl();
    useServiceTestEnvironment('strategy');
    ({ app: strategy } = await API_SERVICES.strategy());
    await strategy.listen(0, '127.0.0.1');
    strategyUrl = await strategy.getUrl();
    portal = await startPortal({ SCREENING_URL: screeningUrl, MARAC_URL: maracUrl, STRATEGY_URL: strategyUrl });
    portalUrl = await portal.getUrl();
    browser = await PortalBrowser.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await marac?.close();
    await strategy?.close();
    for (const app of Object.values(agencies ?? {})) await app.close();
    await stack?.close();
  });

  afterEach(() => expect(browser?.pageProblems).toEqual([]));

  async function readCase(caseId: string): Promise<CaseDetails> {
    const response = await fetch(`${screeningUrl}/cases/${caseId}`, { headers: bearer(await tokenFor(Role.Screener)) });
    expect(response.status).toBe(200);
    return (await response.json()) as CaseDetails;
  }

  it('a screener asks police, health and education and sees each answer arrive on the case', async () => {
    const { caseId, reference } = await openScreeningCase(
      stack.screening,
      contactAboutKnownChild(`case-actions-${randomUUID()}`),
    );
    const context = await browser.newContext(portalUrl);
    const screener = await browser.signIn(context, 'Sasha Screener (demo)');
    await screener.goto(`/cases/${caseId}`);
    await expect(screener.locator('main').textContent()).resolves.toContain('No agency has been asked yet.');
    await screener.getByRole('button', { name: 'Ask police, health and education' }).click();
    await screener.waitForURL(`**/cases/${caseId}/ask-agencies`);
    expect(await screener.title()).toMatch(new RegExp(`^Ask agencies about ${reference}`));
    await browser.expectAccessible(screener, 'ask agencies');

    // Nothing ticked and no question: the error summary names both, and nothing is sent.
    for (const agency of ['Police', 'Health', 'Education'])
      await screener.getByLabel(agency, { exact: true }).uncheck();
    expect(await postStatus(screener, 'Send the requests')).toBe(400);
    const summary = screener.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('Select the agencies to ask');
    await expect(summary.textContent()).resolves.toContain('Enter what you want to know');
    expect(await screener.title()).toMatch(/^Error: /);
    await browser.expectAccessible(screener, 'ask agencies with errors');
    await saveScreenshot(screener, '33-ask-agencies-errors');
    await summary.getByRole('link', { name: 'Enter what you want to know' }).click();
    await expect(screener.evaluate('document.activeElement.id')).resolves.toBe('question');
    expect((await readCase(caseId)).informationRequests).toEqual([]);

    // Police and education first, on vital interests.
    await screener.getByLabel('Police', { exact: true }).check();
    await screener.getByLabel('Education', { exact: true }).check();
    await screener
      .getByLabel('What do you want to know?')
      .fill('Anything known about this child, in particular any neglect.');
    await screener.getByLabel('UK GDPR Art 6(1)(d) vital interests').check();
    await screener.getByRole('button', { name: 'Send the requests' }).click();
    await screener.waitForURL(`**/cases/${caseId}`);
    await expect(screener.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Asked Police, Education',
    );
    const asked = (await readCase(caseId)).informationRequests;
    expect(asked.map((request) => request.agency).sort()).toEqual(['education', 'police']);
    expect(asked.every((request) => request.lawfulBasis.article6 === 'UK GDPR Art 6(1)(d) vital interests')).toBe(true);

    // Then health alone.
    await screener.goto(`/cases/${caseId}/ask-agencies`);
    for (const agency of ['Police', 'Education']) {
      // Offered again only once it has answered; never ticked twice by mistake.
      const box = screener.getByLabel(agency, { exact: true });
      if ((await box.count()) > 0) await box.uncheck();
    }
    await screener.getByLabel('Health', { exact: true }).check();
    await screener
      .getByLabel('What do you want to know?')
      .fill('Is the child registered with a GP, and known to health visiting?');
    await screener.getByRole('button', { name: 'Send the requests' }).click();
    await screener.waitForURL(`**/cases/${caseId}`);

    // Each agency's answer, as screening holds it, appears on the case page.
    const answered = await eventually(
      async () => {
        const details = await readCase(caseId);
        return details.informationRequests.length === 3 &&
          details.informationRequests.every((request) => request.status === 'answered')
          ? details
          : undefined;
      },
      { timeoutMs: 30_000, what: 'answers from police, health and education' },
    );
    await screener.goto(`/cases/${caseId}`);
    const child = childKnownToAgencies();
    for (const request of answered.informationRequests) {
      const shown = (await screener.locator(`[id^="answer-${request.agency}-"]`).textContent()) ?? '';
      expect(shown).toContain(request.question);
      const findings = (request.answer ?? []).flatMap((subject) => subject.findings);
      expect(shown).toContain(
        findings.length > 0 ? 'Answered' : request.withheld?.length ? 'Declined to share' : 'Not known',
      );
      for (const finding of findings) expect(shown).toContain(finding.summary);
      // Each person answered about is named, not shown as screening's reference.
      expect(shown).toContain(`${child.firstName} ${child.lastName}`);
      for (const held of request.withheld ?? []) expect(shown).toContain(`${held.what}: ${held.reason}`);
    }
    await browser.expectAccessible(screener, 'case with agencies answered');
    await saveScreenshot(screener, '34-case-agency-answers');

    // Reflow: the case page with its answers has no horizontal scrolling at 320 CSS pixels.
    await screener.setViewportSize({ width: 320, height: 640 });
    await screener.goto(`/cases/${caseId}`);
    expect(await pageScrollWidth(screener)).toBeLessThanOrEqual(320);
    await context.close();
  }, 90_000);

  async function maracReferralsOf(caseId: string): Promise<MaracCase[]> {
    const response = await fetch(`${maracUrl}/referrals?screeningCaseId=${caseId}`, {
      headers: bearer(await tokenFor(Role.Screener)),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as MaracCase[];
  }

  /** The MARAC form's answers, as the browser posts them. */
  const referralAnswers = (suffix: string) => ({
    victimFirstName: 'Siobhan',
    victimLastName: `Victim${suffix}`,
    'victimDateOfBirth-day': '3',
    'victimDateOfBirth-month': '2',
    'victimDateOfBirth-year': '1990',
    perpetratorFirstName: 'Mark',
    perpetratorLastName: `Harm${suffix}`,
    dashYesCount: '16',
  });

  async function fillReferral(page: Page, suffix: string): Promise<void> {
    const victim = page.getByRole('group', { name: 'The victim' });
    await victim.getByLabel('First name').fill('Siobhan');
    await victim.getByLabel('Last name').fill(`Victim${suffix}`);
    await victim.getByLabel('Day').fill('3');
    await victim.getByLabel('Month').fill('2');
    await victim.getByLabel('Year').fill('1990');
    const perpetrator = page.getByRole('group', { name: 'The person causing harm' });
    await perpetrator.getByLabel('First name').fill('Mark');
    await perpetrator.getByLabel('Last name').fill(`Harm${suffix}`);
  }

  it('a screener refers a case to MARAC once; a second try and a double submit are refused with a clear message', async () => {
    const suffix = randomUUID().slice(0, 8).replace(/\d/g, 'x');
    const { caseId, reference } = await openScreeningCase(stack.screening, uniqueContact({ domesticAbuse: true }).body);
    const context = await browser.newContext(portalUrl);
    const screener = await browser.signIn(context, 'Sasha Screener (demo)');
    await screener.goto(`/cases/${caseId}`);
    await screener.getByRole('link', { name: 'Refer to MARAC' }).click();
    await screener.waitForURL(`**/cases/${caseId}/refer-to-marac`);
    expect(await screener.title()).toMatch(new RegExp(`^Refer ${reference} to MARAC`));
    await browser.expectAccessible(screener, 'refer to MARAC');

    // Nothing filled in, then a DASH score that is not a number: the error summary, nothing sent.
    const submit = (page: Page) => postStatus(page, 'Refer to MARAC');
    expect(await submit(screener)).toBe(400);
    const summary = screener.locator('.govuk-error-summary');
    for (const message of [
      'Enter the first name of the victim',
      'Enter the last name of the person causing harm',
      'Enter the DASH score, the police call-outs or your professional judgement',
    ]) {
      await expect(summary.textContent()).resolves.toContain(message);
    }
    await browser.expectAccessible(screener, 'refer to MARAC with errors');
    await fillReferral(screener, suffix);
    await screener.getByLabel('DASH score (number of yes answers)').fill('sixteen');
    expect(await submit(screener)).toBe(400);
    await expect(summary.textContent()).resolves.toContain('The DASH score must be a whole number from 0 to 24');
    await summary.getByRole('link', { name: 'The DASH score must be a whole number from 0 to 24' }).click();
    await expect(screener.evaluate('document.activeElement.id')).resolves.toBe('dashYesCount');
    expect(await maracReferralsOf(caseId)).toEqual([]);

    // A second tab has the form open too; the first one refers.
    const stale = await context.newPage();
    await stale.goto(`/cases/${caseId}/refer-to-marac`);
    await screener.getByLabel('DASH score (number of yes answers)').fill('16');
    await screener.getByRole('button', { name: 'Refer to MARAC' }).click();
    await screener.waitForURL(`**/cases/${caseId}`);
    const [referral] = await maracReferralsOf(caseId);
    expect(referral).toMatchObject({ status: 'referred', criteriaMet: ['visible-high-risk'] });
    expect(referral.childrenInHousehold.map((child) => child.lastName)).toEqual(
      (await readCase(caseId)).children.map((child) => child.details.lastName),
    );
    await expect(screener.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      `Referred to MARAC (${referral.reference})`,
    );

    // The stale tab's try: refused with the reason, on the form, not an error page.
    await fillReferral(stale, suffix);
    await stale.getByLabel('DASH score (number of yes answers)').fill('16');
    expect(await submit(stale)).toBe(409);
    await expect(stale.locator('.govuk-error-summary').textContent()).resolves.toContain(
      `(${referral.reference}); it is referred once`,
    );
    await browser.expectAccessible(stale, 'refer to MARAC, already referred');
    // Opened afresh, the page says so and offers no form.
    await stale.goto(`/cases/${caseId}/refer-to-marac`);
    await expect(stale.locator('#already-referred').textContent()).resolves.toContain(referral.reference);
    await expect(stale.getByRole('button', { name: 'Refer to MARAC' }).count()).resolves.toBe(0);
    await browser.expectAccessible(stale, 'refer to MARAC, referred');
    expect(await maracReferralsOf(caseId)).toHaveLength(1);

    // A double submit on another case: one referral, and a clean refusal for the other post.
    const other = await openScreeningCase(stack.screening, uniqueContact({ domesticAbuse: true }).body);
    await screener.goto(`/cases/${other.caseId}/refer-to-marac`);
    const csrf = (await screener.locator('input[name="_csrf"]').first().inputValue()) ?? '';
    const post = () =>
      screener.request.post(`/cases/${other.caseId}/refer-to-marac`, {
        form: { _csrf: csrf, ...referralAnswers(suffix) },
        maxRedirects: 0,
      });
    const responses = await Promise.all([post(), post()]);
    expect(responses.map((response) => response.status()).sort()).toEqual([303, 409]);
    const refused = responses.find((response) => response.status() === 409)!;
    expect(await refused.text()).toContain('it is referred once');
    expect(await maracReferralsOf(other.caseId)).toHaveLength(1);
    await context.close();
  }, 60_000);

  async function discussionsOf(caseId: string): Promise<StrategyDiscussionSummary[]> {
    const response = await fetch(`${strategyUrl}/strategy-discussions?caseId=${caseId}`, {
      headers: bearer(await tokenFor(Role.Screener)),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as StrategyDiscussionSummary[];
  }

  it('a screener asks for a strategy discussion by hand from the case, once, and lands on it', async () => {
    const { caseId, reference } = await openScreeningCase(stack.screening, uniqueContact().body);
    const context = await browser.newContext(portalUrl);
    const screener = await browser.signIn(context, 'Sasha Screener (demo)');
    await screener.goto(`/cases/${caseId}`);
    await screener.getByRole('link', { name: 'Ask for a strategy discussion' }).click();
    await screener.waitForURL(`**/cases/${caseId}/strategy-discussion`);
    expect(await screener.title()).toMatch(new RegExp(`^Ask for a strategy discussion about ${reference}`));
    await browser.expectAccessible(screener, 'ask for a strategy discussion');

    // No reason, no rationale and no concern: the error summary, and nothing asked of strategy.
    const submit = (page: Page) => postStatus(page, 'Ask for a strategy discussion');
    const concerns = screener.getByRole('group', { name: 'What is the concern about?' }).getByRole('checkbox');
    for (const box of await concerns.all()) await box.uncheck();
    expect(await submit(screener)).toBe(400);
    const summary = screener.locator('.govuk-error-summary');
    for (const message of [
      'Select why a strategy discussion is needed',
      'Select what the concern is about',
      'Enter why a strategy discussion is needed',
    ]) {
      await expect(summary.textContent()).resolves.toContain(message);
    }
    await browser.expectAccessible(screener, 'ask for a strategy discussion with errors');
    await summary.getByRole('link', { name: 'Select why a strategy discussion is needed' }).click();
    await expect(screener.evaluate('document.activeElement.id')).resolves.toBe('reason');
    expect(await discussionsOf(caseId)).toEqual([]);

    // A second tab has the form open too; the first asks, red, and lands on the discussion.
    const stale = await context.newPage();
    await stale.goto(`/cases/${caseId}/strategy-discussion`);
    const ask = async (page: Page) => {
      await page.getByLabel('Significant harm suspected').check();
      await page.getByLabel('Red', { exact: true }).check();
      await page.getByLabel('Emotional abuse').check();
      await page.getByLabel('Why is it needed?').fill('Disclosure at school of being hit with a belt.');
    };
    await ask(screener);
    await screener.getByRole('button', { name: 'Ask for a strategy discussion' }).click();
    await screener.waitForURL(/\/strategy\/[0-9a-f-]{36}$/);
    const [discussion] = await discussionsOf(caseId);
    expect(new URL(screener.url()).pathname).toBe(`/strategy/${discussion.id}`);
    expect(discussion).toMatchObject({ caseReference: reference, rag: 'red', reason: 'significant-harm-suspected' });
    await expect(screener.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Strategy discussion asked for',
    );
    await browser.expectAccessible(screener, 'strategy discussion asked for');

    // The stale tab's try is refused on its form; opened afresh, the page links to the discussion.
    await ask(stale);
    expect(await submit(stale)).toBe(409);
    await expect(stale.locator('.govuk-error-summary').textContent()).resolves.toContain(
      `Case ${reference} already has a strategy discussion.`,
    );
    await stale.goto(`/cases/${caseId}/strategy-discussion`);
    await expect(stale.locator('#discussion-exists').getByRole('link').getAttribute('href')).resolves.toBe(
      `/strategy/${discussion.id}`,
    );
    await browser.expectAccessible(stale, 'strategy discussion exists');

    // A double submit on another case: one discussion, and a clean refusal for the other post.
    const other = await openScreeningCase(stack.screening, uniqueContact().body);
    await screener.goto(`/cases/${other.caseId}/strategy-discussion`);
    const csrf = await screener.locator('input[name="_csrf"]').first().inputValue();
    const post = () =>
      screener.request.post(`/cases/${other.caseId}/strategy-discussion`, {
        form: {
          _csrf: csrf,
          reason: 'significant-harm-suspected',
          rag: 'amber',
          concernCategories: 'neglect',
          rationale: 'Two submits at once.',
        },
        maxRedirects: 0,
      });
    const responses = await Promise.all([post(), post()]);
    expect(responses.map((response) => response.status()).sort()).toEqual([303, 409]);
    expect(await discussionsOf(other.caseId)).toHaveLength(1);
    await context.close();
  }, 60_000);
});
