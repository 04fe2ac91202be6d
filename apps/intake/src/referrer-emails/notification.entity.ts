import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ReferrerDecisionPersonalisation } from '../rules/referrer-decision-email';

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'not-sent'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** Why a notification was recorded but never sent. */
export const NO_EMAIL_ADDRESS = 'no email address';
export const CONTACT_NOT_HELD = 'the contact is not one intake received';

/**
 * One message to a referrer, written in the same transaction as the event that calls for it
 * (the inbox row), so a crash loses none; the sender delivers the pending ones with retries and
 * records who delivered it (provider and its id) and when.
 */
@Entity({ name: 'notifications' })
@Index('notifications_due_idx', ['nextAttemptAt'], { where: `status = 'pending'` })
export class Notification {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: 'referrer-decision';

  @Index('notifications_contact_idx')
  @Column({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** The event that called for it: a redelivered event never makes a second message. */
  @Index('notifications_source_event_key', { unique: true })
  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId!: string;

  /** Null when the referrer left no email address (then status is 'not-sent'). */
  @Column({ name: 'email_address', type: 'text', nullable: true })
  emailAddress!: string | null;

  /** The template's fields; null when there is nothing to send. */
  @Column({ type: 'jsonb', nullable: true })
  personalisation!: ReferrerDecisionPersonalisation | null;

  @Column({ type: 'text' })
  status!: NotificationStatus;

  @Column({ name: 'not_sent_reason', type: 'text', nullable: true })
  notSentReason!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** The provider's last refusal or error, without the address or the message. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** 'notify' or 'smtp': which sender delivered it. */
  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  /** Notify's notification id, or the SMTP server's message id. */
  @Column({ name: 'provider_id', type: 'text', nullable: true })
  providerId!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
