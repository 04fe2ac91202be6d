import { Role } from '@frontdoor/auth';
import { bearer, pageScrollWidth, saveScreenshot, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { domesticAbuseIncident } from '../../../test/support/incidents';
import { uniqueContact } from '../../../test/support/contacts';
import {
  openScreeningCase,
  pupilOnRoll,
  recordEncompassNotifications,
} from '../../../test/support/partnership-records';
import { API_SERVICES } from '../../../test/security/service-apps';
import { PortalBrowser, startPortal } from './support/portal-browser';

const SERVICES = ['screening', 'education', 'marac', 'strategy'] as const;
type Service = (typeof SERVICES)[number];

/**
 * The partners' pages over the services' own HTTP APIs (screening, education, marac, strategy on
 * their test databases), in real headless Chromium, signed in as the seeded demo users; every page
 * visited passes axe (WCAG 2.2 AA). Data the pages show is made by the services' own use cases.
 */
describe('partnership pages (browser)', () => {
  const apps = new Map<Service, INestApplication>();
  let portal: INestApplication;
  let browser: PortalBrowser;

  beforeAll(async () => {
    const urls: Record<string, string> = {};
    for (const name of SERVICES) {
      useServiceTestEnvironment(name);
      const { app } = await API_SERVICES[name]();
      await app.listen(0, '127.0.0.1');
      apps.set(name, app);
      urls[`${name.toUpperCase()}_URL`] = await app.getUrl();
    }
    // Sign-in attempts are counted per client address in the shared Redis: this suite signs in
    // a dozen times from 127.0.0.1, beside other suites doing the same.
    portal = await startPortal({ ...urls, PORTAL_SIGN_IN_ATTEMPTS_PER_MINUTE: '1000' });
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

  it('a school DSL reads and acknowledges police notifications for their own school only', async () => {
    const education = apps.get('education')!;
    const oakfield = await pupilOnRoll(education, '141001');
    const riverside = await pupilOnRoll(education, '141002');
    const incident = domesticAbuseIncident();
    incident.occurredAt = new Date(Date.now() - 3 * 3600_000).toISOString();
    incident.recordedAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    incident.summary = `Officers attended after a 999 call; Casey Example was hurt. ${oakfield.firstName} was in the room.`;
    incident.children = [
      { ...oakfield, present: true },
      { ...riverside, present: false },
    ];
    await recordEncompassNotifications(education, incident);

    const { context, page: dsl } = await signedIn('Olive Oakfield (demo)');
    await dsl.getByRole('link', { name: 'Police notifications' }).first().click();
    await dsl.waitForURL('**/encompass');
    const table = dsl.locator('#encompass-notifications');
    await expect(table.textContent()).resolves.toContain(`${oakfield.firstName} ${oakfield.lastName}`);
    // The other school's pupil from the same incident is not Oakfield's to see.
    expect(await dsl.locator('main').textContent()).not.toContain(`${riverside.firstName} ${riverside.lastName}`);
    await browser.expectAccessible(dsl, 'encompass list');
    await saveScreenshot(dsl, '20-encompass-list');

    const row = dsl.getByRole('row').filter({ hasText: incident.policeReference });
    await expect(row.textContent()).resolves.toContain('To acknowledge');
    await row.getByRole('link', { name: `${oakfield.firstName} ${oakfield.lastName}` }).click();
    await dsl.waitForURL('**/encompass/*');
    const information = (await dsl.locator('#safeguarding-information').textContent()) ?? '';
    expect(information).toContain(`${oakfield.firstName} was in the room`);
    expect(information).not.toContain('Casey');
    await browser.expectAccessible(dsl, 'encompass notification');

    // Acknowledge without confirming: error summary and inline error, nothing recorded.
    await dsl.getByRole('button', { name: 'Acknowledge' }).click();
    const summary = dsl.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('Confirm you have read the notification');
    expect(await dsl.title()).toMatch(/^Error: /);
    await expect(dsl.locator('#encompass-status').textContent()).resolves.toBe('To acknowledge');
    await browser.expectAccessible(dsl, 'encompass acknowledge error');
    await saveScreenshot(dsl, '21-encompass-error');

    await dsl.getByLabel('I have read this notification and the school will support the pupil').check();
    await dsl.getByRole('button', { name: 'Acknowledge' }).click();
    await expect(dsl.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Notification acknowledged',
    );
    await expect(dsl.locator('#encompass-status').textContent()).resolves.toBe('Acknowledged');
    await expect(dsl.locator('#acknowledged').textContent()).resolves.toMatch(/ by you$/);
    await expect(dsl.getByRole('button', { name: 'Acknowledge' }).count()).resolves.toBe(0);
    await browser.expectAccessible(dsl, 'encompass acknowledged');
    await saveScreenshot(dsl, '22-encompass-acknowledged');
    const ownPath = new URL(dsl.url()).pathname;
    await context.close();

    // Riverside's DSL cannot open Oakfield's notification; a screener has no such page.
    const other = await signedIn('Rory Riverside (demo)');
    expect((await other.page.goto(ownPath))?.status()).toBe(404);
    await other.context.close();
    const screener = await signedIn('Sasha Screener (demo)');
    expect((await screener.page.goto('/encompass'))?.status()).toBe(403);
    await expect(screener.page.getByRole('link', { name: 'Police notifications' }).count()).resolves.toBe(0);
    await screener.context.close();
  }, 60_000);
  /** The joint view form on a case page, as the signed-in party. */
  async function recordJointView(page: Page, outcome: string, risk: string, reasons: string): Promise<void> {
    await page
      .getByRole('group', { name: 'What outcome do you recommend?' })
      .getByLabel(outcome, { exact: true })
      .check();
    await page.getByRole('group', { name: 'What risk do you see?' }).getByLabel(risk, { exact: true }).check();
    await page.getByLabel('Reasons for your view').fill(reasons);
    await page.getByRole('button', { name: 'Record your view' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Your view is recorded');
  }

  const viewOf = (page: Page, party: string) =>
    page.locator('#joint-views tbody tr').filter({ has: page.getByRole('rowheader', { name: party }) });

  it('police, the DA advisor and the social worker each record a joint view; a manager returns the decision', async () => {
    const { body } = uniqueContact({ domesticAbuse: true });
    const { caseId, reference } = await openScreeningCase(apps.get('screening')!, body);
    const casePath = `/cases/${caseId}`;
    const assessment = 'Child and family assessment';

    // Police find the case among those waiting for views, and record theirs after a first try without answers.
    const police = await signedIn('PC Pat Patrol (demo)');
    await police.page.getByRole('link', { name: 'Joint decisions' }).first().click();
    await police.page.waitForURL('**/joint-decisions');
    const listed = police.page.getByRole('row').filter({ hasText: reference });
    await expect(listed.textContent()).resolves.toContain('None yet');
    await browser.expectAccessible(police.page, 'joint decisions');
    await saveScreenshot(police.page, '23-joint-decisions');
    await listed.getByRole('link', { name: reference }).click();
    await police.page.waitForURL(`**${casePath}`);
    await expect(viewOf(police.page, 'Police (GMP)').textContent()).resolves.toContain('No view yet');
    await expect(police.page.getByRole('button', { name: 'Record decision' }).count()).resolves.toBe(0);
    await browser.expectAccessible(police.page, 'case for police');

    await police.page.getByRole('button', { name: 'Record your view' }).click();
    const summary = police.page.locator('.govuk-error-summary');
    for (const message of [
      'Select the outcome you recommend',
      'Select the risk you see',
      'Enter the reasons for your view',
    ]) {
      await expect(summary.textContent()).resolves.toContain(message);
    }
    expect(await police.page.title()).toMatch(/^Error: /);
    await browser.expectAccessible(police.page, 'joint view with errors');
    await saveScreenshot(police.page, '24-joint-view-errors');
    await recordJointView(police.page, assessment, 'High', 'Third call-out this year; the child was present.');
    await expect(viewOf(police.page, 'Police (GMP)').textContent()).resolves.toContain(assessment);
    await expect(police.page.locator('#joint-decision-status').textContent()).resolves.toContain('Waiting for views');
    await police.context.close();

    const advisor = await signedIn('Dee Advisor (demo)');
    await advisor.page.goto(casePath);
    await recordJointView(advisor.page, assessment, 'Medium', 'Victim engaging with the IDVA; safety plan in place.');
    await browser.expectAccessible(advisor.page, 'case for the DA advisor');
    await advisor.context.close();

    // The social worker's view seals it; the screener then decides as agreed.
    const screener = await signedIn('Sasha Screener (demo)');
    await screener.page.goto(casePath);
    await recordJointView(screener.page, assessment, 'Medium', 'Agree: assess the children’s needs.');
    await expect(screener.page.locator('.govuk-notification-banner').textContent()).resolves.toContain('sealed');
    const status = (await screener.page.locator('#joint-decision-status').textContent()) ?? '';
    expect(status).toContain('Agreed');
    expect(status).toContain(`Agreed outcome: ${assessment}, high risk`);
    for (const party of ['Social worker', 'Police (GMP)', 'Domestic abuse advisor']) {
      await expect(viewOf(screener.page, party).textContent()).resolves.toContain(assessment);
    }
    await browser.expectAccessible(screener.page, 'case with a sealed joint decision');
    await saveScreenshot(screener.page, '25-joint-decision-sealed');

    const decision = screener.page.locator('form[action$="/decision"]');
    await decision.getByRole('group', { name: 'Outcome' }).getByLabel(assessment, { exact: true }).check();
    await decision.getByLabel('Level 3: targeted, child in need').check();
    await decision.getByLabel('Reasons for the decision').fill('As agreed jointly with police and the DA advisor.');
    await decision.getByRole('group', { name: "Was the child's voice considered?" }).getByLabel('No').check();
    await decision.getByLabel('What the referrer will be told').fill('A social worker will assess.');
    await decision.getByRole('button', { name: 'Record decision' }).click();
    await expect(screener.page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Decision recorded',
    );

    // A manager returns it: a reason is needed.
    const manager = await signedIn('Morgan Manager (demo)');
    await manager.page.goto(casePath);
    await manager.page.getByRole('button', { name: 'Return decision' }).click();
    await expect(manager.page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter why you are returning the decision',
    );
    await browser.expectAccessible(manager.page, 'return decision with an error');
    const reason = 'Check the school attendance record before deciding.';
    await manager.page.getByLabel('Why are you returning the decision?').fill(reason);
    await manager.page.getByRole('button', { name: 'Return decision' }).click();
    await expect(manager.page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Decision returned',
    );
    await browser.expectAccessible(manager.page, 'case after return');
    await manager.context.close();

    // The screener sees it returned with the reason, and can decide again.
    await screener.page.goto(casePath);
    await expect(screener.page.locator('#decision-returned').textContent()).resolves.toContain(reason);
    await expect(screener.page.locator('#decision-status-1').textContent()).resolves.toContain(`Returned: ${reason}`);
    await expect(screener.page.getByRole('button', { name: 'Record decision' }).count()).resolves.toBe(1);
    await browser.expectAccessible(screener.page, 'case returned to the screener');
    await saveScreenshot(screener.page, '26-decision-returned');
    await screener.context.close();
  }, 60_000);
  /** JSON from a service's own API, as the demo user with this role (to set up what the pages show). */
  async function callApi<T>(service: Service, role: Role, path: string, body: unknown): Promise<T> {
    const response = await fetch(`${await apps.get(service)!.getUrl()}${path}`, {
      method: 'POST',
      headers: { ...bearer(await tokenFor(role)), 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${service} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }

  it('MARAC partners read the agenda with research, actions and IDVA; only the IDVA and police see the safe address', async () => {
    const surname = `Agenda${randomUUID().slice(0, 8).replace(/\d/g, 'x')}`;
    const safeAddress = `Refuge ${surname}, 1 Hidden Lane, M1 1AA`;
    const referral = await callApi<{ id: string; reference: string; meetingId: string }>(
      'marac',
      Role.MaracCoordinator,
      '/referrals',
      {
        victim: { firstName: 'Siobhan', lastName: surname, dateOfBirth: '1990-02-03' },
        perpetrator: { firstName: 'Mark', lastName: surname, dateOfBirth: '1988-09-09' },
        childrenInHousehold: [{ firstName: 'Ava', lastName: surname, dateOfBirth: '2019-05-01' }],
        referringAgency: 'health',
        dashYesCount: 16,
        callOutsInLast12Months: 1,
        victimSafeAddress: safeAddress,
      },
    );
    expect(referral.meetingId).toEqual(expect.any(String));
    const action = `Flag the address for urgent police response (${surname})`;
    await callApi('marac', Role.MaracCoordinator, `/meetings/${referral.meetingId}/cases/${referral.id}/actions`, {
      ownerAgency: 'police',
      description: action,
      dueDate: '2026-01-05',
    });
    // The coordinator: meetings, the agenda (without the safe address), and the overdue actions.
    const coordinator = await signedIn('Mo Maracson (demo)');
    await coordinator.page.getByRole('link', { name: 'MARAC' }).first().click();
    await coordinator.page.waitForURL('**/marac');
    await browser.expectAccessible(coordinator.page, 'MARAC meetings');
    await saveScreenshot(coordinator.page, '27-marac-meetings');
    await coordinator.page.goto(`/marac/meetings/${referral.meetingId}`);
    const section = coordinator.page.locator(`[id="case-${referral.reference}"]`);
    const shown = (await section.textContent()) ?? '';
    for (const expected of [
      `Siobhan ${surname}`,
      `Ava ${surname}`,
      'DASH 16 of 24',
      'Visible high risk',
      'Not allocated',
      action,
    ]) {
      expect(shown).toContain(expected);
    }
    expect(await section.locator('.actions').textContent()).toContain('Overdue');
    const agencies = await section.locator('.research tbody th').allTextContents();
    expect(agencies.length).toBeGreaterThanOrEqual(3);
    // Agencies answer on their own topics: any running agency service (another suite's) may have done so already.
    const statuses = await section.locator('.research tbody .govuk-tag').allTextContents();
    expect(statuses).toHaveLength(agencies.length);
    for (const status of statuses) expect(['Asked', 'Answered']).toContain(status);
    const agendaText = (await coordinator.page.locator('main').textContent()) ?? '';
    expect(agendaText).not.toContain(safeAddress);
    expect(agendaText).not.toContain('[restricted]');
    expect(agendaText).not.toContain('Safe address');
    await browser.expectAccessible(coordinator.page, 'MARAC agenda (coordinator)');
    await saveScreenshot(coordinator.page, '28-marac-agenda');
    // Reflow: the agenda's tables scroll inside their wrappers, never the page, at 320 CSS pixels.
    await coordinator.page.setViewportSize({ width: 320, height: 640 });
    expect(await pageScrollWidth(coordinator.page)).toBeLessThanOrEqual(320);
    await coordinator.page.setViewportSize({ width: 1024, height: 800 });

    // The coordinator adds an action agreed at the meeting; the due date must be real and ahead.
    await section.getByRole('link', { name: `Add an action for ${referral.reference}` }).click();
    await coordinator.page.waitForURL('**/actions/new');
    await coordinator.page.getByRole('button', { name: 'Add action' }).click();
    const errors = coordinator.page.locator('.govuk-error-summary');
    for (const message of ['Select who owns the action', 'Enter what needs to be done', 'Enter the due date']) {
      await expect(errors.textContent()).resolves.toContain(message);
    }
    await browser.expectAccessible(coordinator.page, 'MARAC action with errors');
    await saveScreenshot(coordinator.page, '29a-marac-action-errors');
    const agreed = `Share the GP record with the IDVA (${surname})`;
    await coordinator.page.getByLabel('Health', { exact: true }).check();
    await coordinator.page.getByLabel('What needs to be done?').fill(agreed);
    await coordinator.page.getByLabel('Day').fill('4');
    await coordinator.page.getByLabel('Month').fill('12');
    await coordinator.page.getByLabel('Year').fill(String(new Date().getFullYear() + 1));
    await coordinator.page.getByRole('button', { name: 'Add action' }).click();
    await coordinator.page.waitForURL(`**/marac/meetings/${referral.meetingId}`);
    await expect(coordinator.page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Action added',
    );
    await expect(section.locator('.actions').textContent()).resolves.toContain(agreed);
    // The coordinator moves the agreed action on; the agenda shows its new status.
    const agreedRow = section.locator('.actions tbody tr').filter({ hasText: agreed });
    await agreedRow.getByLabel(`New status for ${agreed}`).selectOption('in-progress');
    await agreedRow.getByRole('button', { name: `Change status of ${agreed}` }).click();
    await expect(coordinator.page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Action now In progress',
    );
    await expect(agreedRow.locator('.action-status').textContent()).resolves.toBe('In progress');
    await browser.expectAccessible(coordinator.page, 'MARAC agenda after an action status change');

    await coordinator.page.goto('/marac');
    await coordinator.page.getByRole('link', { name: 'See actions past their due date' }).click();
    await coordinator.page.waitForURL('**/marac/actions/overdue');
    const overdueRow = coordinator.page.getByRole('row').filter({ hasText: action });
    await expect(overdueRow.textContent()).resolves.toContain('5 January 2026');
    await browser.expectAccessible(coordinator.page, 'MARAC overdue actions');
    await saveScreenshot(coordinator.page, '29b-marac-overdue-actions');
    await coordinator.context.close();

    // The DA advisor takes the case on as IDVA and sees the safe address marked restricted; a screener has no MARAC link or page.
    const advisor = await signedIn('Dee Advisor (demo)');
    await advisor.page.goto(`/marac/meetings/${referral.meetingId}`);
    const ownCase = advisor.page.locator(`[id="case-${referral.reference}"]`);
    await ownCase.getByRole('button', { name: `Allocate yourself as the IDVA for ${referral.reference}` }).click();
    await expect(advisor.page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      `You are the IDVA for ${referral.reference}`,
    );
    await expect(ownCase.textContent()).resolves.toContain('Dee Advisor (demo), allocated');
    await expect(
      advisor.page.locator(`[id="case-${referral.reference}"] .safe-address`).textContent(),
    ).resolves.toContain(safeAddress);
    await browser.expectAccessible(advisor.page, 'MARAC agenda (IDVA)');
    await advisor.context.close();
    const screener = await signedIn('Sasha Screener (demo)');
    await expect(screener.page.getByRole('link', { name: 'MARAC' }).count()).resolves.toBe(0);
    expect((await screener.page.goto('/marac'))?.status()).toBe(403);
    await screener.context.close();
  }, 60_000);
  it('police see who attends and when it is due; a manager records the outcome and circulates the record', async () => {
    const caseReference = `FD-PT-${randomUUID().slice(0, 8).toUpperCase()}`;
    const discussion = await callApi<{ id: string }>('strategy', Role.Manager, '/strategy-discussions', {
      caseReference,
      reason: 'significant-harm-suspected',
      rag: 'red',
      concernCategories: ['physical-abuse'],
      rationale: 'Unexplained bruising to a non-mobile baby seen by the health visitor.',
      children: [{ firstName: 'Robin', lastName: 'Example', dateOfBirth: '2025-06-01' }],
      referrer: { organisation: 'demo-community-health-trust', sourceType: 'health' },
    });

    const police = await signedIn('PC Pat Patrol (demo)');
    await police.page.getByRole('link', { name: 'Strategy discussions' }).first().click();
    await police.page.waitForURL('**/strategy');
    const row = police.page.getByRole('row').filter({ hasText: caseReference });
    await expect(row.textContent()).resolves.toContain('Waiting for attendance');
    await browser.expectAccessible(police.page, 'strategy discussions');
    await saveScreenshot(police.page, '30-strategy-discussions');
    await row.getByRole('link', { name: caseReference }).click();
    await police.page.waitForURL(`**/strategy/${discussion.id}`);
    const participants = await police.page.locator('#participants tbody tr').allTextContents();
    expect(participants.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      "Children's social care (chair) Hosts Any time",
      'Police Invited Not said yet',
      'Health Invited Not said yet',
    ]);
    await expect(police.page.getByRole('button', { name: 'Record outcome' }).count()).resolves.toBe(0);
    await browser.expectAccessible(police.page, 'strategy discussion (police)');
    await police.context.close();

    const manager = await signedIn('Morgan Manager (demo)');
    await manager.page.goto(`/strategy/${discussion.id}`);
    await manager.page.getByRole('button', { name: 'Record outcome' }).click();
    const summary = manager.page.locator('.govuk-error-summary');
    for (const message of [
      'Select the outcome of the discussion',
      'Enter the reasons for the outcome',
      "Select the view of Children's social care",
      'Select the view of Police',
      'Select the view of Health',
    ]) {
      await expect(summary.textContent()).resolves.toContain(message);
    }
    await browser.expectAccessible(manager.page, 'strategy outcome with errors');
    await saveScreenshot(manager.page, '31-strategy-outcome-errors');

    // A joint enquiry police did not agree to: strategy refuses it, and the page says why.
    const joint = 'Section 47 enquiry (joint with police)';
    await manager.page.getByRole('group', { name: 'Outcome' }).getByLabel(joint).check();
    await manager.page.getByLabel('Reasons for the outcome').fill('Threshold for s47 met: unexplained injury.');
    const viewOf = (agency: string) => manager.page.getByRole('group', { name: `${agency}'s view` });
    await viewOf("Children's social care").getByLabel('View').selectOption({ label: joint });
    await viewOf('Police').getByLabel('View').selectOption({ label: 'Section 47 enquiry (single agency)' });
    await viewOf('Police').getByLabel('Who gave it (optional)').fill('DS Jo Bloggs');
    await viewOf('Health').getByLabel('View').selectOption({ label: joint });
    await manager.page.getByRole('button', { name: 'Record outcome' }).click();
    await expect(summary.textContent()).resolves.toContain('a joint s47 enquiry needs the police to agree');
    await viewOf('Police').getByLabel('View').selectOption({ label: joint });
    await manager.page.getByRole('button', { name: 'Record outcome' }).click();
    await expect(manager.page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Outcome recorded',
    );
    await expect(manager.page.locator('#icpc').textContent()).resolves.toMatch(/^By \d{1,2} \w+ \d{4}/);
    await expect(manager.page.locator('#record').textContent()).resolves.toContain('To circulate by');
    await expect(manager.page.locator('#outcome').textContent()).resolves.toContain('DS Jo Bloggs');

    await manager.page.getByRole('button', { name: 'Record circulated' }).click();
    await expect(summary.textContent()).resolves.toContain('Select who the record was sent to');
    await manager.page.getByLabel('Police', { exact: true }).check();
    await manager.page.getByLabel('Health', { exact: true }).check();
    await manager.page.getByRole('button', { name: 'Record circulated' }).click();
    await expect(manager.page.locator('#record').textContent()).resolves.toMatch(/^Circulated .* to Police, Health$/);
    await browser.expectAccessible(manager.page, 'strategy discussion with outcome');
    await saveScreenshot(manager.page, '32-strategy-outcome');
    await manager.context.close();
  }, 60_000);
});
