import { Role } from '@frontdoor/auth';
import { bearer, eventually, pageScrollWidth, saveScreenshot, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { childKnownToAgencies, contactAboutKnownChild } from '../../../test/support/contacts';
import { seedAgencyRecords, startAgencyApps, type AgencyName } from '../../../test/support/agency-apps';
import { startFrontDoorStack, type FrontDoorStack } from '../../../test/support/front-door-stack';
import { openScreeningCase } from '../../../test/support/partnership-records';
import type { CaseDetails } from '../src/clients/screening.client';
import { PortalBrowser, startPortal } from './support/portal-browser';

/**
 * The case page's actions in real headless Chromium, through the portal, against the real
 * services on the real broker: a screener asks police, health and education and reads each
 * answer as it arrives. Every page passes axe; the case page reflows at 320 px.
 */
describe('case page actions (browser)', () => {
  let stack: FrontDoorStack;
  let agencies: Record<AgencyName, INestApplication>;
  let portal: INestApplication;
  let portalUrl: string;
  let screeningUrl: string;
  let browser: PortalBrowser;

  beforeAll(async () => {
    stack = await startFrontDoorStack();
    agencies = await startAgencyApps();
    await seedAgencyRecords(agencies);
    await stack.screening.listen(0, '127.0.0.1');
    screeningUrl = await stack.screening.getUrl();
    portal = await startPortal({ SCREENING_URL: screeningUrl });
    portalUrl = await portal.getUrl();
    browser = await PortalBrowser.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
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
    const [refused] = await Promise.all([
      screener.waitForResponse((response) => response.request().method() === 'POST'),
      screener.getByRole('button', { name: 'Send the requests' }).click(),
    ]);
    expect(refused.status()).toBe(400);
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
});
