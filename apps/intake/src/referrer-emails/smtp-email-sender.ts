import { Transporter, createTransport } from 'nodemailer';
import { renderReferrerDecisionEmail } from '../rules/referrer-decision-email';
import { Delivered, EmailSender, OutgoingEmail, PermanentSendFailure } from './email-sender';
import { SmtpSettings } from './email-settings';

/**
 * Plain SMTP with nodemailer: MailDev in `npm start` and the tests (a real SMTP server whose
 * inbox the e2e tests read), or any relay. Renders the local copy of the Notify template.
 */
export class SmtpEmailSender implements EmailSender {
  readonly provider = 'smtp' as const;
  private readonly transport: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    this.transport = createTransport({
      host: settings.host,
      port: settings.port,
      secure: false,
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
    });
  }

  async send(email: OutgoingEmail): Promise<Delivered> {
    const { subject, body } = renderReferrerDecisionEmail(email.personalisation);
    try {
      const info = await this.transport.sendMail({
        from: this.settings.from,
        to: email.emailAddress,
        subject,
        text: body,
        // Derived from the row: a second copy after a crash carries the same id, which mail
        // clients recognise, and either copy leads back to its notification.
        messageId: `<${email.notificationId}@frontdoor.intake>`,
      });
      // "250 Message queued as <id>": the server's own id when it gives one.
      return { providerId: /queued as (\S+)/i.exec(String(info.response))?.[1] ?? info.messageId };
    } catch (error) {
      const { responseCode, command, code, message } = error as Error & {
        responseCode?: number;
        command?: string;
        code?: string;
      };
      // A server's answer can quote the recipient, so only its code and the command are kept; a
      // connection failure's message names only the host and port. 5xx is the server's final
      // answer for this message; 4xx and connection failures pass.
      if (responseCode === undefined) throw new Error(`SMTP ${code ?? 'failure'}: ${message}`);
      const answer = `SMTP server answered ${responseCode} to ${command ?? 'the message'}`;
      throw responseCode >= 500 ? new PermanentSendFailure(answer) : new Error(answer);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
