import { Clock } from '@frontdoor/calendar';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { INTAKE_CLOCK } from '../intake-clock';
import { afterFailedAttempt } from '../rules/delivery-retry';
import { EMAIL_SENDER, EmailSender, PermanentSendFailure } from './email-sender';
import { ReferrerEmailSettings } from './email-settings';
import { Notification } from './notification.entity';

/**
 * Delivers pending notifications, one at a time, each in its own transaction that holds the row
 * (FOR UPDATE SKIP LOCKED) while the provider is asked: replicas never send the same row at once,
 * and a row is marked sent, with the provider's id, only after the provider accepted it.
 *
 * At-least-once, chosen on purpose: a crash after the provider accepted an email but before the
 * commit leaves the row pending, and it is sent again on restart. The other order (mark, then
 * send) would lose the email on that crash, and a referrer who never hears the outcome is worse
 * than one who gets it twice (the SMTP copy carries the same Message-ID, Notify's the same
 * reference). Neither provider offers an idempotency key that would close the gap.
 */
@Injectable()
export class ReferrerEmailDelivery implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReferrerEmailDelivery.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EMAIL_SENDER) private readonly sender: EmailSender,
    private readonly settings: ReferrerEmailSettings,
    @Inject(INTAKE_CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.sender.close();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.deliverDue()
        .catch((error: Error) => this.logger.warn(`referrer email delivery failed: ${error.message}`))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.settings.pollMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** Tries every email due at `now`; returns how many it tried. */
  async deliverDue(now: Date = this.clock.now()): Promise<number> {
    let tried = 0;
    while (!this.stopped && (await this.deliverOne(now))) tried++;
    return tried;
  }

  private deliverOne(now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .createQueryBuilder(Notification, 'notification')
        .where(`notification.status = 'pending' AND notification.next_attempt_at <= :now`, { now })
        .orderBy('notification.next_attempt_at')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!due) return false;
      const attempts = due.attempts + 1;
      try {
        const { providerId } = await this.sender.send({
          notificationId: due.id,
          // Both are set on every pending row (notify-referrer.handler.ts).
          emailAddress: due.emailAddress!,
          personalisation: due.personalisation!,
        });
        await manager.update(
          Notification,
          { id: due.id },
          {
            status: 'sent',
            attempts,
            sentAt: this.clock.now(),
            provider: this.sender.provider,
            providerId,
            nextAttemptAt: null,
            lastError: null,
          },
        );
      } catch (error) {
        const permanent = error instanceof PermanentSendFailure;
        const next = afterFailedAttempt(this.settings.retry, attempts, permanent, now);
        // The id and the provider's answer only: no address, no words.
        this.logger.warn(
          `referrer email ${due.id} not delivered (attempt ${attempts}, ${next.kind}): ${(error as Error).message}`,
        );
        await manager.update(
          Notification,
          { id: due.id },
          {
            attempts,
            lastError: (error as Error).message.slice(0, 1000),
            provider: this.sender.provider,
            ...(next.kind === 'retry'
              ? { nextAttemptAt: next.at }
              : { status: 'failed' as const, nextAttemptAt: null }),
          },
        );
      }
      return true;
    });
  }
}
