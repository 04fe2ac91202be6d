import { InformationAgency, RequestSubjectV1, Topics } from '@frontdoor/contracts';
import {
  KafkaProbe,
  answerTo,
  eventually,
  informationRequestTo,
  saveScreenshot,
  sendInformationRequest,
  useServiceTestEnvironment,
} from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import type { BrowserContext, Page } from 'playwright-core';
import { API_SERVICES } from '../../../test/security/service-apps';
import { childOnProtectedRoll, childWithRestrictedHealthRecord } from '../../../test/support/partnership-records';
import { PortalBrowser, startPortal } from './support/portal-browser';

/**
 * A practitioner reviews, in the portal, the front door's requests that their own agency's records
 * held back (health: a restricted record; education: a pupil on the protected roll), and releases
 * or declines them: the agency services on their test databases and the real broker, the request
 * sent as screening sends it, the answer read off Kafka. One set of pages serves every agency.
 */
describe('held information requests (browser)', () => {
  let health: INestApplication;
  let education: INestApplication;
  let portal: INestApplication;
  let browser: PortalBrowser;
  let probe: KafkaProbe;
  let child: RequestSubjectV1;

  beforeAll(async () => {
    probe = await new KafkaProbe().start([Topics.InformationAnswered]);
    useServiceTestEnvironment('health');
    const { app, events } = await API_SERVICES.health();
    health = app;
    await health.startAllMicroservices();
    await health.listen(0, '127.0.0.1');
    await events.joined;
    child = await childWithRestrictedHealthRecord(health);
    useServiceTestEnvironment('education');
    const started = await API_SERVICES.education();
    education = started.app;
    await education.startAllMicroservices();
    await education.listen(0, '127.0.0.1');
    await started.events.joined;
    portal = await startPortal({ HEALTH_URL: await health.getUrl(), EDUCATION_URL: await education.getUrl() });
    browser = await PortalBrowser.launch();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await education?.close();
    await health?.close();
    await probe?.stop();
  });

  afterEach(() => expect(browser.pageProblems).toEqual([]));

  async function signedIn(name: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(await portal.getUrl());
    return { context, page: await browser.signIn(context, name) };
  }

  /** A request about the child with a restricted record, which health holds for review. */
  async function heldRequest() {
    const asked = informationRequestTo(
      InformationAgency.Health,
      [child],
      ['gp-registration', 'health-involvement', 'child-protection-flags', 'missed-appointments'],
    );
    await sendInformationRequest(probe, asked);
    return asked;
  }

  const answered = (requestId: string) =>
    probe.envelopes(Topics.InformationAnswered).some((envelope) => envelope.payload.requestId === requestId);

  async function openHeld(page: Page, caseReference: string): Promise<void> {
    await eventually(
      async () => {
        await page.goto('/information-requests');
        return (await page.getByRole('link', { name: caseReference }).count()) > 0 || undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300, what: `${caseReference} waiting for review` },
    );
    await page.getByRole('link', { name: caseReference }).click();
    await page.waitForURL('**/information-requests/*');
  }

  it('a practitioner releases a held answer, leaving one finding out with a reason; the restricted record stays withheld', async () => {
    const asked = await heldRequest();
    const { context, page } = await signedIn('Hana Healthwell (demo)');
    await page.getByRole('link', { name: 'Information requests' }).first().click();
    await page.waitForURL('**/information-requests');
    await openHeld(page, asked.caseReference);
    await page.goBack();
    const row = page.locator('#waiting-requests').getByRole('row').filter({ hasText: asked.caseReference });
    await expect(row.textContent()).resolves.toContain('GP registration');
    await browser.expectAccessible(page, 'information requests');
    await saveScreenshot(page, '42-health-requests');
    await browser.expectReflow(page);
    await row.getByRole('link', { name: asked.caseReference }).click();
    await page.waitForURL('**/information-requests/*');

    await expect(page.locator('#withheld-by-records').textContent()).resolves.toContain('restricted clinical record');
    const findings = page.getByRole('group', { name: `Findings to share about ${child.firstName} ${child.lastName}` });
    const boxes = findings.getByRole('checkbox');
    const proposedCount = await boxes.count();
    expect(proposedCount).toBeGreaterThan(0);
    for (let index = 0; index < proposedCount; index++) await expect(boxes.nth(index).isChecked()).resolves.toBe(true);
    await browser.expectAccessible(page, 'information request to review');
    await saveScreenshot(page, '43-health-request-review');
    await browser.expectReflow(page);

    // Sent without a decision, then with a finding unticked and no reason: refused, nothing sent.
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Select whether to release the answer or decline to share',
    );
    expect(await page.title()).toMatch(/^Error: /);
    await browser.expectAccessible(page, 'information request with errors');
    const leftOut = (await findings.locator('label').first().textContent())!.trim();
    await boxes.first().uncheck();
    await page.getByLabel('Release the ticked findings to the front door').check();
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter why you are not sharing the findings you unticked',
    );
    await expect(boxes.first().isChecked()).resolves.toBe(false);
    expect(answered(asked.requestId)).toBe(false);

    await page
      .getByLabel('If you unticked any findings, why are they not being shared?')
      .fill('Not relevant to the worry.');
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await page.waitForURL('**/information-requests');
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      `Answer released: ${asked.caseReference}`,
    );

    const { payload } = await answerTo(probe, asked);
    expect(payload.answeredBy).toMatchObject({ subject: 'demo-health-practitioner' });
    expect(payload.withheld).toContainEqual({
      what: expect.stringContaining('child-1'),
      reason: 'restricted clinical record',
    });
    expect(payload.withheld).toContainEqual({
      what: '1 finding(s) about child-1',
      reason: 'Not relevant to the worry.',
    });
    const [subject] = payload.subjects;
    expect(subject.findings).toHaveLength(proposedCount - 1);
    expect(subject.findings.map((finding) => finding.summary)).not.toContain(leftOut.replace(/^[^:]+: /, ''));

    // Answered: listed as such, and the page shows what went.
    await page.locator('#answered-requests').getByRole('link', { name: asked.caseReference }).click();
    await expect(page.locator('#withheld').textContent()).resolves.toContain('Not relevant to the worry.');
    await expect(page.getByRole('button', { name: 'Send the answer' }).count()).resolves.toBe(0);
    await browser.expectAccessible(page, 'information request answered');
    await context.close();

    // A screener has no such page, and no link to it.
    const screener = await signedIn('Sasha Screener (demo)');
    expect((await screener.page.goto('/information-requests'))?.status()).toBe(403);
    await expect(screener.page.getByRole('link', { name: 'Information requests' }).count()).resolves.toBe(0);
    await screener.context.close();
  }, 90_000);

  it('a practitioner declines with a reason: nothing about anyone is shared, the front door hears why', async () => {
    const asked = await heldRequest();
    const { context, page } = await signedIn('Hana Healthwell (demo)');
    await openHeld(page, asked.caseReference);
    await page.getByLabel('Decline to share').check();
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter why you are declining to share',
    );
    expect(answered(asked.requestId)).toBe(false);
    await page.getByLabel('Why are you declining to share?').fill('The family are being seen by CAMHS today; call me.');
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      `Declined: ${asked.caseReference}`,
    );
    const { payload } = await answerTo(probe, asked);
    expect(payload.subjects).toEqual([]);
    expect(payload.withheld).toEqual([
      {
        what: 'everything asked for (gp-registration, health-involvement, child-protection-flags, missed-appointments)',
        reason: 'The family are being seen by CAMHS today; call me.',
      },
    ]);
    await context.close();
  }, 60_000);
  it('an education officer releases a held answer about a pupil on the protected roll; her school and address stay withheld', async () => {
    const pupil = await childOnProtectedRoll(education);
    const asked = informationRequestTo(
      InformationAgency.Education,
      [pupil],
      ['school', 'attendance', 'safeguarding-concerns'],
    );
    await sendInformationRequest(probe, asked);
    const { context, page } = await signedIn('Eddie Education (demo)');
    await page.getByRole('link', { name: 'Information requests' }).first().click();
    await page.waitForURL('**/information-requests');
    await openHeld(page, asked.caseReference);
    await page.goBack();
    await expect(page.locator('main').textContent()).resolves.toContain("education's records held for you to review");
    await browser.expectAccessible(page, 'information requests (education)');
    await browser.expectReflow(page);
    await page.locator('#waiting-requests').getByRole('link', { name: asked.caseReference }).click();
    await page.waitForURL('**/information-requests/*');
    await expect(page.locator('#withheld-by-records').textContent()).resolves.toContain(
      'school and address of child-1',
    );
    const review = (await page.locator('main').textContent()) ?? '';
    for (const restricted of ['Haven Place', 'Oakfield']) expect(review).not.toContain(restricted);
    await browser.expectAccessible(page, 'information request to review (education)');
    await browser.expectReflow(page);

    await page.getByLabel('Release the ticked findings to the front door').check();
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      `Answer released: ${asked.caseReference}`,
    );
    const { payload } = await answerTo(probe, asked);
    expect(payload.answeredBy).toMatchObject({ subject: 'demo-education-officer' });
    expect(payload.withheld).toContainEqual(expect.objectContaining({ what: 'school and address of child-1' }));
    expect(JSON.stringify(payload)).not.toMatch(/Haven Place|Oakfield/);
    await context.close();

    // A health practitioner sees health's requests, never this one.
    const health = await signedIn('Hana Healthwell (demo)');
    await health.page.goto('/information-requests');
    await expect(health.page.getByRole('link', { name: asked.caseReference }).count()).resolves.toBe(0);
    await health.context.close();
  }, 90_000);
});
