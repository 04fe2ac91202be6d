import { Role } from '@frontdoor/auth';
import { ContactDetailsV1 } from '@frontdoor/contracts';
import { bearer, emailsTo, eventually, startServiceApp, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createIntakeApp } from '../apps/intake/src/intake.app';
import { ReferrerEmailDelivery } from '../apps/intake/src/referrer-emails/referrer-email-delivery';
import { createScreeningApp } from '../apps/screening/src/screening.app';
import { uniqueContact } from './support/contacts';
import { caseForContact, decideAndSignOff } from './support/decisions';

interface NotificationRow {
  status: string;
  notSentReason: string | null;
  attempts: number;
  provider: string | null;
  providerId: string | null;
  sentAt: Date | null;
  lastError: string | null;
}

/** A port nothing listens on: SMTP to it is refused, as when the mail server is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('referrers hear back by email when a decision is signed off (real SMTP: MailDev)', () => {
  let intake: INestApplication | undefined;
  let screening: INestApplication;
  let schoolDsl: string;
  const smtpPort = process.env.SMTP_PORT!;

  /** Intake on its test database, emailing through `port`; a restart is a new app on the same database. */
  async function startIntake(port: string, run: string): Promise<INestApplication> {
    process.env.SMTP_PORT = port;
    process.env.REFERRER_EMAIL_POLL_MS = '100';
    process.env.REFERRER_EMAIL_RETRY_DELAY_MS = '200';
    try {
      return await startServiceApp('intake', createIntakeApp, `-${run}`);
    } finally {
      process.env.SMTP_PORT = smtpPort;
    }
  }

  beforeAll(async () => {
    intake = await startIntake(smtpPort, 'first');
    screening = await startServiceApp('screening', createScreeningApp);
    schoolDsl = await tokenFor(Role.SchoolDsl, { organisation: 'school-141001' });
  });

  afterAll(async () => {
    await intake?.close();
    await screening?.close();
  });

  /** A school's contact with a referrer address of its own (or none), decided and signed off. */
  async function referAndDecide(emailAddress: string | undefined, referrerFeedback: string) {
    const { body } = uniqueContact();
    const contact: ContactDetailsV1 = { ...body, referrer: { ...body.referrer, email: emailAddress } };
    if (!emailAddress) delete contact.referrer.email;
    const { body: accepted } = await request(intake!.getHttpServer())
      .post('/contacts')
      .set(bearer(schoolDsl))
      .send(contact)
      .expect(201);
    const { caseId } = await caseForContact(screening, accepted.contactId, accepted.reference);
    await decideAndSignOff(screening, caseId, referrerFeedback);
    return { contactId: accepted.contactId as string, reference: accepted.reference as string };
  }

  const notificationOf = async (contactId: string): Promise<NotificationRow | undefined> => {
    const rows: NotificationRow[] = await intake!.get(DataSource).query(
      `SELECT status, not_sent_reason AS "notSentReason", attempts, provider, provider_id AS "providerId",
              sent_at AS "sentAt", last_error AS "lastError"
         FROM notifications WHERE contact_id = $1`,
      [contactId],
    );
    expect(rows.length).toBeLessThanOrEqual(1);
    return rows[0];
  };

  it('emails the referrer the decider’s words under the contact’s reference, once, and records it as sent', async () => {
    const address = `dsl.${randomUUID()}@oakfield.example.org`;
    const words = `Early help will contact the family this week (${randomUUID()}).`;
    const { contactId, reference } = await referAndDecide(address, words);

    const [email] = await eventually(
      async () => ((await emailsTo(address)).length > 0 ? emailsTo(address) : undefined),
      {
        what: `an email to ${address} in MailDev`,
      },
    );
    expect(email.subject).toBe(`Your referral ${reference}: what the front door decided`);
    expect(email.text).toContain(words);
    expect(email.text).toContain('Dear Alex Example,');
    // No child's name travels by email: the reference is enough for the referrer.
    expect(email.text).not.toContain('Sam');

    const sent = await eventually(async () => {
      const row = await notificationOf(contactId);
      return row?.status === 'sent' ? row : undefined;
    });
    expect(sent).toMatchObject({ provider: 'smtp', providerId: email.id, attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);

    // The front door sees that the referrer was told, and when; a referrer cannot ask.
    const { body: told } = await request(intake!.getHttpServer())
      .get(`/contacts/${contactId}/referrer-emails`)
      .set(bearer(await tokenFor(Role.Screener)))
      .expect(200);
    expect(told).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 1, sentAt: sent.sentAt!.toISOString() }),
    ]);
    expect(JSON.stringify(told)).not.toContain(address);
    await request(intake!.getHttpServer())
      .get(`/contacts/${contactId}/referrer-emails`)
      .set(bearer(schoolDsl))
      .expect(403);

    // Another pass of the sender finds nothing due, and the referrer still has exactly one email.
    expect(await intake!.get(ReferrerEmailDelivery).deliverDue()).toBe(0);
    expect(await emailsTo(address)).toHaveLength(1);
  });

  it('records a referrer with no email address as not sent, rather than dropping them', async () => {
    const { contactId } = await referAndDecide(undefined, 'We will phone you.');
    const row = await eventually(() => notificationOf(contactId), { what: 'the notification row' });
    expect(row).toMatchObject({ status: 'not-sent', notSentReason: 'no email address', attempts: 0, sentAt: null });
  });

  it('keeps retrying while the mail server is down, and delivers once after a restart', async () => {
    await intake!.close();
    intake = await startIntake(String(await closedPort()), 'mail-down');
    const address = `dsl.${randomUUID()}@oakfield.example.org`;
    const words = `A social worker will visit (${randomUUID()}).`;
    const { contactId } = await referAndDecide(address, words);

    const failing = await eventually(async () => {
      const row = await notificationOf(contactId);
      return row && row.attempts >= 2 ? row : undefined;
    });
    expect(failing).toMatchObject({
      status: 'pending',
      sentAt: null,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(await emailsTo(address)).toHaveLength(0);

    // Stopped while the email is still owed; the next intake finds it and sends it.
    await intake!.close();
    intake = await startIntake(smtpPort, 'mail-back');
    const [email] = await eventually(
      async () => ((await emailsTo(address)).length > 0 ? emailsTo(address) : undefined),
      {
        what: `an email to ${address} after the restart`,
      },
    );
    expect(email.text).toContain(words);
    const sent = await eventually(async () => {
      const row = await notificationOf(contactId);
      return row?.status === 'sent' ? row : undefined;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
    expect(await emailsTo(address)).toHaveLength(1);
  });
});
