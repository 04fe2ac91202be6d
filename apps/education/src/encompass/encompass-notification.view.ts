import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { EncompassNotification } from './encompass-notification.entity';
import { EncompassUnmatched } from './encompass-unmatched.entity';

export const ENCOMPASS_STATUS_FILTERS = ['unacknowledged', 'acknowledged', 'overdue'] as const;
export type EncompassStatusFilter = (typeof ENCOMPASS_STATUS_FILTERS)[number];

export class EncompassNotificationFilterDto {
  @ApiPropertyOptional({
    enum: ENCOMPASS_STATUS_FILTERS,
    example: 'unacknowledged',
    description: 'overdue: not acknowledged and past its due time (a subset of unacknowledged)',
  })
  @IsOptional()
  @IsIn(ENCOMPASS_STATUS_FILTERS)
  status?: EncompassStatusFilter;

  @ApiPropertyOptional({ type: Number, default: 100, minimum: 1, maximum: 500, example: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

export class EncompassChildView {
  @ApiProperty({ example: 'Ava' }) firstName!: string;
  @ApiProperty({ example: 'Sampleton' }) lastName!: string;
  @ApiProperty({ example: '2018-05-14', description: 'yyyy-MM-dd' }) dateOfBirth!: string;
}

export class EncompassPersonView {
  @ApiProperty({ example: 'demo-dsl-oakfield' }) subject!: string;
  @ApiPropertyOptional({ example: 'Olive Oakfield (demo)', nullable: true }) name!: string | null;
}

export class EncompassAcknowledgementView {
  @ApiProperty({ example: '2026-09-01T07:30:00.000Z' }) at!: string;
  @ApiProperty({ type: EncompassPersonView }) by!: EncompassPersonView;
  @ApiProperty({ example: false, description: 'Acknowledged after the notification was due' }) late!: boolean;
}

/**
 * What an Operation Encompass notification tells a school, and nothing more (domain.md): police
 * attended, their reference, when, the child and the relevant safeguarding information. No
 * adults' details, no DASH answers, no address.
 */
export class EncompassNotificationView {
  @ApiProperty({ example: '5b0e3a52-8f5c-4a39-9a8e-0d5c3f1c2b7a' }) id!: string;

  @ApiProperty({ example: true, description: 'Police attended an incident of domestic abuse' })
  policeAttended!: true;

  @ApiProperty({ example: 'GMP-26-004217', description: 'Quote it to police when following up' })
  policeReference!: string;

  @ApiProperty({ example: '2026-08-28T19:00:00.000Z', description: 'Date and time of the incident' })
  occurredAt!: string;

  @ApiProperty({ type: EncompassChildView, description: 'The pupil, as on the school roll' })
  child!: EncompassChildView;

  @ApiProperty({
    example:
      'Officers attended a report of shouting; [name withheld] had a facial injury. Ava was in the room and was upset.',
    description: "The police summary; adults' names, street addresses and postcodes are withheld",
  })
  safeguardingInformation!: string;

  @ApiProperty({ example: '141001', description: "The school told (URN); its DSL's organisation is school-<URN>" })
  schoolUrn!: string;

  @ApiProperty({ example: '2026-08-28T22:05:00.000Z' }) receivedAt!: string;

  @ApiProperty({
    example: '2026-09-01T07:45:00.000Z',
    description: 'Before the start of the next school day (weekdays, not bank holidays; term holidays not counted)',
  })
  dueAt!: string;

  @ApiProperty({ enum: ['unacknowledged', 'acknowledged'], example: 'unacknowledged' }) status!:
    'unacknowledged' | 'acknowledged';

  @ApiProperty({ example: false, description: 'Not acknowledged, and past its due time' }) overdue!: boolean;

  @ApiPropertyOptional({ type: EncompassAcknowledgementView, nullable: true })
  acknowledgement!: EncompassAcknowledgementView | null;
}

export class EncompassUnmatchedView {
  @ApiProperty({ example: '9d3c1f7e-2b4a-4c61-8d0e-6a5f2e1b9c34' }) incidentId!: string;
  @ApiProperty({ example: 'GMP-26-004217' }) policeReference!: string;
  @ApiProperty({ example: 3, description: '1 for the first child in the incident' }) childPosition!: number;
  @ApiProperty({ example: 'No pupil has this UPN, or this name and date of birth.' }) reason!: string;
  @ApiProperty({ example: '2026-08-28T22:05:00.000Z' }) recordedAt!: string;
}

export function toNotificationView(notification: EncompassNotification, now: Date): EncompassNotificationView {
  const acknowledgedAt = notification.acknowledgedAt;
  return {
    id: notification.id,
    policeAttended: true,
    policeReference: notification.policeReference,
    occurredAt: notification.occurredAt.toISOString(),
    child: {
      firstName: notification.childFirstName,
      lastName: notification.childLastName,
      dateOfBirth: notification.childDateOfBirth,
    },
    safeguardingInformation: notification.safeguardingInformation,
    schoolUrn: notification.schoolUrn,
    receivedAt: notification.receivedAt.toISOString(),
    dueAt: notification.dueAt.toISOString(),
    status: acknowledgedAt ? 'acknowledged' : 'unacknowledged',
    overdue: isOverdue(notification, now),
    acknowledgement: acknowledgedAt
      ? {
          at: acknowledgedAt.toISOString(),
          by: { subject: notification.acknowledgedBySubject!, name: notification.acknowledgedByName },
          late: acknowledgedAt.getTime() > notification.dueAt.getTime(),
        }
      : null,
  };
}

/** Not acknowledged by its due time. */
export function isOverdue(notification: Pick<EncompassNotification, 'acknowledgedAt' | 'dueAt'>, now: Date): boolean {
  return notification.acknowledgedAt === null && now.getTime() > notification.dueAt.getTime();
}

export function toUnmatchedView(row: EncompassUnmatched): EncompassUnmatchedView {
  return {
    incidentId: row.incidentId,
    policeReference: row.policeReference,
    childPosition: row.childPosition,
    reason: row.reason,
    recordedAt: row.recordedAt.toISOString(),
  };
}
