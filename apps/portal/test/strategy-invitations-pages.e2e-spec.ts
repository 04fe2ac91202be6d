import { Role } from '@frontdoor/auth';
import { londonTimeOnWorkingDay } from '@frontdoor/calendar';
import { Topics } from '@frontdoor/contracts';
import {
  KafkaProbe,
  bearer,
  eventually,
  saveScreenshot,
  tokenFor,
  useServiceTestEnvironment,
} from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { API_SERVICES } from '../../../test/security/service-apps';
import { PortalBrowser, startPortal } from './support/portal-browser';

const SERVICES = ['strategy', 'police', 'health', 'education'] as const;
type Service = (typeof SERVICES)[number];

/**
 * Every invited agency answers a strategy invitation in the portal: strategy invites police,
 * health and education over Kafka, each practitioner finds the invitation on their own agency's
 * service, names who attends and when they are free, or declines with a reason; the answers go
 * back over Kafka and the front door's discussion page shows who comes and who declined, and why.
 */
describe('strategy invitations (browser)', () => {
  const apps = new Map<Service, INestApplication>();
  let portal: INestApplication;
  let browser: PortalBrowser;
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await new KafkaProbe().start([Topics.StrategyAttendanceConfirmed, Topics.StrategyInvitationDeclined]);
    const urls: Record<string, string> = {};
    for (const name of SERVICES) {
      useServiceTestEnvironment(name);
      const { app, events } = await API_SERVICES[name]();
      await app.startAllMicroservices();
      await app.listen(0, '127.0.0.1');
      await events.joined;
      apps.set(name, app);
      urls[`${name.toUpperCase()}_URL`] = await app.getUrl();
    }
    portal = await startPortal(urls);
    browser = await PortalBrowser.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    for (const app of [...apps.values()].reverse()) await app.close();
    await probe?.stop();
  });

  afterEach(() => expect(browser.pageProblems).toEqual([]));

  async function signedIn(name: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(await portal.getUrl());
    return { context, page: await browser.signIn(context, name) };
  }

  /** A discussion asked for by hand about a school-age child: police, health and education are invited. */
  async function discussionInvitingEveryAgency(): Promise<{ id: string; caseReference: string; child: string }> {
    const caseReference = `FD-INV-${randomUUID().slice(0, 8).toUpperCase()}`;
    const child = { firstName: 'Robin', lastName: `Invited${randomUUID().slice(0, 6).replace(/\d/g, 'x')}` };
    const response = await fetch(`${await apps.get('strategy')!.getUrl()}/strategy-discussions`, {
      method: 'POST',
      headers: { ...bearer(await tokenFor(Role.Manager)), 'Content-Type': 'application/json' },
      body: JSON.stringify({
        caseReference,
        reason: 'significant-harm-suspected',
        rag: 'red',
        concernCategories: ['physical-abuse'],
        rationale: 'Bruising seen at school on a nine-year-old; the child says a parent did it.',
        children: [{ ...child, dateOfBirth: '2017-05-01' }],
        referrer: { organisation: 'school-141001', sourceType: 'school' },
      }),
    });
    if (response.status !== 201) throw new Error(`strategy answered ${response.status}: ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    return { id, caseReference, child: `${child.firstName} ${child.lastName}` };
  }

  /** The invitations list as the practitioner, once their service has consumed the invitation. */
  async function openInvitation(page: Page, caseReference: string): Promise<void> {
    await page.getByRole('link', { name: 'Strategy invitations' }).first().click();
    await page.waitForURL('**/strategy-invitations');
    await eventually(
      async () => {
        await page.goto('/strategy-invitations');
        return (await page.getByRole('link', { name: caseReference }).count()) > 0 || undefined;
      },
      { timeoutMs: 30_000, intervalMs: 300, what: `the invitation to ${caseReference}` },
    );
  }

  const declines = (discussionId: string) =>
    probe
      .envelopes(Topics.StrategyInvitationDeclined)
      .filter((envelope) => envelope.payload.discussionId === discussionId);
  const confirmations = (discussionId: string) =>
    probe
      .envelopes(Topics.StrategyAttendanceConfirmed)
      .filter((envelope) => envelope.payload.discussionId === discussionId);

  it('police confirm who attends and when; health declines with a reason; education confirms; the chair sees each answer', async () => {
    const discussion = await discussionInvitingEveryAgency();
    // A working day ahead (office hours), as the London day the practitioner types.
    const workingDay = new Date(londonTimeOnWorkingDay(2, '10:00'));
    const [dd, mm, yyyy] = workingDay.toLocaleDateString('en-GB', { timeZone: 'Europe/London' }).split('/');
    const day = { day: String(Number(dd)), month: String(Number(mm)), year: yyyy };
    async function fillTime(page: Page, from: string, to: string): Promise<void> {
      const time = page.getByRole('group', { name: 'Time 1' });
      await time.getByLabel('Day').fill(day.day);
      await time.getByLabel('Month').fill(day.month);
      await time.getByLabel('Year').fill(day.year);
      await time.getByLabel('Free from').fill(from);
      await time.getByLabel('Free until').fill(to);
    }

    // Police: the list (axe, reflow), the invitation, a first try with nothing chosen, then an attendee and a time.
    const police = await signedIn('PC Pat Patrol (demo)');
    await openInvitation(police.page, discussion.caseReference);
    const row = police.page
      .locator('#waiting-invitations')
      .getByRole('row')
      .filter({ hasText: discussion.caseReference });
    await expect(row.textContent()).resolves.toContain(discussion.child);
    await browser.expectAccessible(police.page, 'strategy invitations');
    await saveScreenshot(police.page, '44-strategy-invitations');
    await browser.expectReflow(police.page);
    await row.getByRole('link', { name: discussion.caseReference }).click();
    await police.page.waitForURL('**/strategy-invitations/*');
    await expect(police.page.locator('#answer').textContent()).resolves.toContain('Not answered yet');
    await browser.expectAccessible(police.page, 'strategy invitation');
    await browser.expectReflow(police.page);

    await police.page.getByRole('button', { name: 'Send your answer' }).click();
    await expect(police.page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Select whether someone from your agency will attend',
    );
    expect(await police.page.title()).toMatch(/^Error: /);
    await police.page.getByLabel('Yes, someone will attend').check();
    await police.page.getByRole('button', { name: 'Send your answer' }).click();
    const summary = police.page.locator('.govuk-error-summary');
    for (const message of ['Enter the name of who will attend', 'Enter a day they can attend']) {
      await expect(summary.textContent()).resolves.toContain(message);
    }
    await browser.expectAccessible(police.page, 'strategy invitation with errors');
    await saveScreenshot(police.page, '45-strategy-invitation-errors');
    expect(confirmations(discussion.id)).toEqual([]);

    await police.page.getByLabel('Who will attend?').fill('DS Jo Bloggs');
    await police.page.getByLabel('Their job title (optional)').fill('Detective Sergeant, PPIU');
    await fillTime(police.page, '10:00', '12:00');
    await police.page.getByRole('button', { name: 'Send your answer' }).click();
    await police.page.waitForURL('**/strategy-invitations');
    await expect(police.page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      `Attendance confirmed: ${discussion.caseReference}`,
    );
    await expect(
      police.page
        .locator('#answered-invitations')
        .getByRole('row')
        .filter({ hasText: discussion.caseReference })
        .textContent(),
    ).resolves.toContain('DS Jo Bloggs');
    await police.context.close();

    // Health declines: a reason is needed; a second decline is refused and sends nothing more.
    const health = await signedIn('Hana Healthwell (demo)');
    await openInvitation(health.page, discussion.caseReference);
    await health.page.getByRole('link', { name: discussion.caseReference }).click();
    await health.page.waitForURL('**/strategy-invitations/*');
    const invitationPath = new URL(health.page.url()).pathname;
    await health.page.getByLabel('No, we cannot attend').check();
    await health.page.getByRole('button', { name: 'Send your answer' }).click();
    await expect(health.page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter why your agency cannot attend',
    );
    await browser.expectAccessible(health.page, 'strategy invitation decline with an error');
    const reason = 'The named nurse is in clinic all day; she will send her chronology to the chair.';
    await health.page.getByLabel('Why can your agency not attend?').fill(reason);
    await health.page.getByRole('button', { name: 'Send your answer' }).click();
    await expect(health.page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      `Declined: ${discussion.caseReference}`,
    );
    await health.page.goto(invitationPath);
    await expect(health.page.locator('#answer').textContent()).resolves.toContain(reason);
    await browser.expectAccessible(health.page, 'strategy invitation declined');
    await health.page.getByLabel('No, we cannot attend').check();
    await health.page.getByLabel('Why can your agency not attend?').fill('Again.');
    await health.page.getByRole('button', { name: 'Send your answer' }).click();
    await expect(health.page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Your agency has already declined this invitation',
    );
    await health.context.close();

    const education = await signedIn('Eddie Education (demo)');
    await openInvitation(education.page, discussion.caseReference);
    await education.page.getByRole('link', { name: discussion.caseReference }).click();
    await education.page.waitForURL('**/strategy-invitations/*');
    await education.page.getByLabel('Yes, someone will attend').check();
    await education.page.getByLabel('Who will attend?').fill('Ms Amir, DSL');
    await fillTime(education.page, '09:00', '17:00');
    await education.page.getByRole('button', { name: 'Send your answer' }).click();
    await expect(education.page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      `Attendance confirmed: ${discussion.caseReference}`,
    );
    await browser.expectAccessible(education.page, 'strategy invitations answered');
    await education.context.close();

    expect(declines(discussion.id).map((envelope) => envelope.payload)).toEqual([
      expect.objectContaining({ agency: 'health', reason, declinedBy: 'demo-health-practitioner' }),
    ]);

    // The chair's page: police and education coming, health declined with its reason; a time is proposed without health.
    const manager = await signedIn('Morgan Manager (demo)');
    await eventually(
      async () => {
        await manager.page.goto(`/strategy/${discussion.id}`);
        return (await manager.page.locator('#proposed-slot').textContent())?.includes(' to ') || undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500, what: 'a proposed time once every agency has answered' },
    );
    const rows = (await manager.page.locator('#participants tbody tr').allInnerTexts()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[1]).toMatch(/^Police Confirmed DS Jo Bloggs, Detective Sergeant, PPIU /);
    expect(rows[2]).toBe(`Health Declined ${reason} Not attending`);
    expect(rows[3]).toMatch(/^Education Confirmed Ms Amir, DSL /);
    await expect(manager.page.locator('#minimum-declined').textContent()).resolves.toContain('Health declined');
    await browser.expectAccessible(manager.page, 'strategy discussion with a decline');
    await saveScreenshot(manager.page, '46-strategy-discussion-declined');
    await manager.context.close();

    // A screener answers no invitation and has no link to them.
    const screener = await signedIn('Sasha Screener (demo)');
    expect((await screener.page.goto('/strategy-invitations'))?.status()).toBe(403);
    await expect(screener.page.getByRole('link', { name: 'Strategy invitations' }).count()).resolves.toBe(0);
    await screener.context.close();
  }, 240_000);
});
