import { EnvSettings } from '@frontdoor/settings';
import { DEFAULT_DELIVERY_RETRY, DeliveryRetryPolicy } from '../rules/delivery-retry';

export const EMAIL_SENDERS = ['notify', 'smtp'] as const;

export interface NotifySettings {
  apiKey: string;
  templateId: string;
  /** Only to point the client somewhere other than GOV.UK Notify's API (the unit test's fake). */
  baseUrl?: string;
  timeoutMs: number;
}

export interface SmtpSettings {
  host: string;
  port: number;
  from: string;
  timeoutMs: number;
}

/**
 * How intake emails referrers, read once at boot. Production sends through GOV.UK Notify (the
 * default when NODE_ENV=production); development and the tests through SMTP to MailDev, the
 * local inbox that `npm start` and `npm test` run.
 */
export class ReferrerEmailSettings {
  constructor(
    readonly sender: { kind: 'notify'; notify: NotifySettings } | { kind: 'smtp'; smtp: SmtpSettings },
    readonly retry: DeliveryRetryPolicy,
    /** How often the sender looks for emails due; seconds late is fine for an outcome letter. */
    readonly pollMs: number,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): ReferrerEmailSettings {
    const settings = new EnvSettings(env);
    const kind = settings.oneOf(
      'REFERRER_EMAIL_SENDER',
      EMAIL_SENDERS,
      env.NODE_ENV === 'production' ? 'notify' : 'smtp',
    );
    const timeoutMs = settings.wholeNumber('REFERRER_EMAIL_TIMEOUT_MS', 10_000, 1_000, 120_000);
    const sender =
      kind === 'notify'
        ? {
            kind,
            notify: {
              apiKey: settings.requiredText('NOTIFY_API_KEY', 'when REFERRER_EMAIL_SENDER is notify'),
              templateId: settings.requiredText(
                'NOTIFY_REFERRER_DECISION_TEMPLATE_ID',
                'when REFERRER_EMAIL_SENDER is notify',
              ),
              ...(env.NOTIFY_BASE_URL && { baseUrl: env.NOTIFY_BASE_URL }),
              timeoutMs,
            },
          }
        : {
            kind,
            smtp: {
              host: settings.text('SMTP_HOST', '127.0.0.1'),
              port: settings.wholeNumber('SMTP_PORT', 1025, 1, 65_535),
              from: settings.text('SMTP_FROM', 'Front door <frontdoor@localhost>'),
              timeoutMs,
            },
          };
    return new ReferrerEmailSettings(
      sender,
      {
        maxAttempts: settings.wholeNumber('REFERRER_EMAIL_MAX_ATTEMPTS', DEFAULT_DELIVERY_RETRY.maxAttempts, 1, 50),
        firstDelayMs: settings.wholeNumber(
          'REFERRER_EMAIL_RETRY_DELAY_MS',
          DEFAULT_DELIVERY_RETRY.firstDelayMs,
          100,
          3_600_000,
        ),
        maxDelayMs: DEFAULT_DELIVERY_RETRY.maxDelayMs,
      },
      settings.wholeNumber('REFERRER_EMAIL_POLL_MS', 2_000, 50, 600_000),
    );
  }
}
