import { Role } from '@frontdoor/auth';
import { RunningClock, bearer, eventually, lastWorkingDayAt, saveScreenshot, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Page } from 'playwright-core';
import { uniqueContact } from '../../../test/support/contacts';
import { startFrontDoorStack, type FrontDoorStack } from '../../../test/support/front-door-stack';
import type { CaseDetails, EmergencyDutyQueueItem } from '../src/clients/screening.client';
import { PortalBrowser, startPortal } from './support/portal-browser';

/**
 * Out of hours in real headless Chromium, through the portal, against the real services on the
 * real broker. Screening's clock stands at 21:31 on a working day whatever the hour this runs: a
 * red contact lands in the emergency duty team's queue, the team records what it did, the queue
 * shows it overdue as the night passes, and the team hands it to the front door, whose screener
 * reads the record on the case. Every page passes axe; the queue reflows at 320 px.
 */
describe('the emergency duty team out of hours (browser)', () => {
  const clock = new RunningClock(lastWorkingDayAt({ hours: 21, minutes: 31 }));
  let stack: FrontDoorStack;
  let portal: INestApplication;
  let portalUrl: string;
  let screeningUrl: string;
  let browser: PortalBrowser;

  beforeAll(async () => {
    stack = await startFrontDoorStack({ screeningClock: clock });
    await stack.screening.listen(0, '127.0.0.1');
    screeningUrl = await stack.screening.getUrl();
    portal = await startPortal({ SCREENING_URL: screeningUrl });
    portalUrl = await portal.getUrl();
    browser = await PortalBrowser.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await stack?.close();
  });

  afterEach(() => expect(browser?.pageProblems).toEqual([]));

  async function postStatus(page: Page, button: string): Promise<number> {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.getByRole('button', { name: button }).click(),
    ]);
    return response.status();
  }

  async function queued(reference: string): Promise<EmergencyDutyQueueItem | undefined> {
    const response = await fetch(`${screeningUrl}/emergency-duty/queue`, {
      headers: bearer(await tokenFor(Role.EmergencyDutySocialWorker)),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as EmergencyDutyQueueItem[]).find((item) => item.reference === reference);
  }

  it('a red contact at 9:31pm is the emergency duty team’s: recorded, overdue, handed over, read by the front door', async () => {
    const { body } = uniqueContact();
    body.concerns.immediateDanger = true;
    body.children[0].firstName = 'Nightly';
    const { body: accepted } = await request(stack.intake.getHttpServer())
      .post('/contacts')
      .set(bearer(await tokenFor(Role.SchoolDsl, { organisation: 'school-141001' })))
      .send(body)
      .expect(201);
    const { reference } = accepted as { reference: string };
    const { caseId } = await eventually(() => queued(reference), { what: `${reference} in the EDT queue` });

    const context = await browser.newContext(portalUrl);
    const worker = await browser.signIn(context, 'Eve Nightly (demo)');
    await worker.getByRole('link', { name: 'Out of hours' }).first().click();
    await worker.waitForURL('**/emergency-duty');
    const row = worker.getByRole('row').filter({ hasText: reference });
    await expect(row.textContent()).resolves.toMatch(/(1 hour \d+ minutes|2 hours) left/);
    await expect(row.textContent()).resolves.not.toContain('Overdue');
    await browser.expectAccessible(worker, 'emergency duty queue');
    await saveScreenshot(worker, '50-emergency-duty-queue');
    await browser.expectReflow(worker);

    // The case and its record form: nothing ticked is a clear error and nothing is recorded.
    await row.getByRole('link', { name: reference }).click();
    await worker.waitForURL(`**/emergency-duty/cases/${caseId}`);
    await browser.expectAccessible(worker, 'emergency duty case');
    expect(await postStatus(worker, 'Save the record')).toBe(400);
    const summary = worker.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('Select what the emergency duty team did');
    await expect(summary.textContent()).resolves.toContain('Enter what happened and how the child is');
    await browser.expectAccessible(worker, 'emergency duty record with errors');
    expect((await queued(reference))!.records).toBe(0);

    await worker.getByLabel('Visited the child').check();
    await worker.getByLabel('Police attended').check();
    await worker.getByLabel('Child seen and safe tonight').check();
    const what = 'Visited with police at 22:40. Grandmother staying overnight; Nightly asleep and safe.';
    await worker.getByLabel('What happened, and how is the child?').fill(what);
    await worker.getByRole('button', { name: 'Save the record' }).click();
    await worker.waitForURL(`**/emergency-duty/cases/${caseId}`);
    await expect(worker.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'What you did is recorded',
    );
    await expect(worker.locator('#emergency-duty-record ~ dl').first().textContent()).resolves.toContain(what);
    await browser.expectAccessible(worker, 'emergency duty record saved');

    // Three hours on, the queue says it is overdue.
    clock.advance({ hours: 3 });
    await worker.goto('/emergency-duty');
    await expect(worker.getByRole('row').filter({ hasText: reference }).textContent()).resolves.toMatch(
      /Overdue.*overdue by/s,
    );
    await browser.expectAccessible(worker, 'emergency duty queue, overdue');

    // Morning: hand over; it leaves the queue for the worklist with an office-hours deadline.
    await worker.goto(`/emergency-duty/cases/${caseId}`);
    await worker.getByRole('button', { name: 'Hand over to the front door' }).click();
    await worker.waitForURL('**/emergency-duty');
    await expect(worker.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Handed over to the front door',
    );
    await browser.expectAccessible(worker, 'emergency duty queue after hand-over');
    expect(await queued(reference)).toBeUndefined();

    const screenerContext = await browser.newContext(portalUrl);
    const screener = await browser.signIn(screenerContext, 'Sasha Screener (demo)');
    await screener.goto(`/worklist?reference=${reference}`);
    await expect(screener.locator('main').textContent()).resolves.toContain(reference);
    await screener.goto(`/cases/${caseId}`);
    const main = (await screener.locator('main').textContent()) ?? '';
    expect(main).toContain('What the emergency duty team did');
    expect(main).toContain(what);
    expect(main).toContain('Police attended');
    await browser.expectAccessible(screener, 'case handed over by the emergency duty team');
    const details = (await (
      await fetch(`${screeningUrl}/cases/${caseId}`, { headers: bearer(await tokenFor(Role.Screener)) })
    ).json()) as CaseDetails;
    expect(details).toMatchObject({ queue: 'front-door', deadlineClock: 'office-hours' });
    await screenerContext.close();
    await context.close();
  }, 120_000);
});
