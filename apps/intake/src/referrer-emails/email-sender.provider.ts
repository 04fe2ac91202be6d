import { Provider } from '@nestjs/common';
import { EMAIL_SENDER, EmailSender } from './email-sender';
import { ReferrerEmailSettings } from './email-settings';
import { NotifyEmailSender } from './notify-email-sender';
import { SmtpEmailSender } from './smtp-email-sender';

/** The sender the settings choose, and the settings themselves (read once at boot). */
export const REFERRER_EMAIL_PROVIDERS: Provider[] = [
  { provide: ReferrerEmailSettings, useFactory: () => ReferrerEmailSettings.fromEnv() },
  {
    provide: EMAIL_SENDER,
    inject: [ReferrerEmailSettings],
    useFactory: ({ sender }: ReferrerEmailSettings): EmailSender =>
      sender.kind === 'notify' ? new NotifyEmailSender(sender.notify) : new SmtpEmailSender(sender.smtp),
  },
];
