import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_STATUSES, Notification, NotificationStatus } from './notification.entity';

/** Whether and when the referrer was told: what the case page shows. No address, no words. */
export class ReferrerEmailView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: NOTIFICATION_STATUSES, example: 'sent' })
  status!: NotificationStatus;

  @ApiPropertyOptional({ example: 'no email address' })
  notSentReason?: string;

  @ApiProperty({ example: 1 })
  attempts!: number;

  @ApiPropertyOptional({ format: 'date-time' })
  sentAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'While pending: when the next try is due' })
  nextAttemptAt?: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

export function toReferrerEmailView(notification: Notification): ReferrerEmailView {
  return {
    caseId: notification.caseId,
    status: notification.status,
    ...(notification.notSentReason && { notSentReason: notification.notSentReason }),
    attempts: notification.attempts,
    ...(notification.sentAt && { sentAt: notification.sentAt.toISOString() }),
    ...(notification.status === 'pending' &&
      notification.nextAttemptAt && { nextAttemptAt: notification.nextAttemptAt.toISOString() }),
    recordedAt: notification.createdAt.toISOString(),
  };
}
