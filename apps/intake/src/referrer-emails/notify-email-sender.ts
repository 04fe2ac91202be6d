import axios, { isAxiosError } from 'axios';
import { NotifyClient } from 'notifications-node-client';
import { Delivered, EmailSender, OutgoingEmail, PermanentSendFailure } from './email-sender';
import { NotifySettings } from './email-settings';

/**
 * GOV.UK Notify, production's sender: the template id and its personalisation, nothing more
 * (the words live in the Notify template, kept in step with rules/referrer-decision-email.ts).
 */
export class NotifyEmailSender implements EmailSender {
  readonly provider = 'notify' as const;
  private readonly client: NotifyClient;

  constructor(private readonly settings: NotifySettings) {
    this.client = settings.baseUrl
      ? new NotifyClient(settings.baseUrl, settings.apiKey)
      : new NotifyClient(settings.apiKey);
    // Notify's client sets no timeout: without one a hung connection would hold the sender.
    this.client.setClient(axios.create({ timeout: settings.timeoutMs }));
  }

  async send(email: OutgoingEmail): Promise<Delivered> {
    try {
      const response = await this.client.sendEmail(this.settings.templateId, email.emailAddress, {
        personalisation: email.personalisation,
        reference: email.notificationId,
      });
      return { providerId: response.data.id };
    } catch (error) {
      throw notifyFailure(error);
    }
  }

  async close(): Promise<void> {}
}

/**
 * Notify answers 400 (bad address, missing personalisation) and 403 (bad key) the same way every
 * time; 429 (rate limit), 5xx and network failures pass. Only Notify's error names and messages
 * are kept: they describe the fault, never the recipient.
 */
function notifyFailure(error: unknown): Error {
  if (!isAxiosError(error)) return error instanceof Error ? error : new Error(String(error));
  const status = error.response?.status;
  const data = error.response?.data as { errors?: { error?: string; message?: string }[] } | undefined;
  const detail = (data?.errors ?? []).map((e) => `${e.error ?? 'Error'}: ${e.message ?? ''}`).join('; ');
  const message = status
    ? `Notify answered ${status}${detail ? ` (${detail})` : ''}`
    : `Notify unreachable: ${error.code ?? error.message}`;
  return status !== undefined && status >= 400 && status < 500 && status !== 429
    ? new PermanentSendFailure(message)
    : new Error(message);
}
