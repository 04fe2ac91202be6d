import { DASH_ANSWERS, DashAnswer, INCIDENT_TYPES, IncidentType } from '@frontdoor/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DashResultDto } from './record-incident.dto';

export class ListIncidentsParams {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

/** A child as the officer named them on the notice: who, and whether they were there. */
export class SubmittedChildView {
  @ApiProperty({ example: 'Sam' }) firstName!: string;
  @ApiProperty({ example: 'Example' }) lastName!: string;
  @ApiPropertyOptional({ example: '2017-04-12' }) dateOfBirth?: string;
  @ApiProperty({ example: true, description: 'Present during the incident' }) present!: boolean;
}

export class SubmittedDashView extends DashResultDto {
  @ApiProperty({ enum: DASH_ANSWERS, isArray: true, description: 'The 24 answers, in question order' })
  answers!: DashAnswer[];

  @ApiProperty({ example: false }) professionalJudgementHighRisk!: boolean;
}

/**
 * A notice the officer submitted, as they see it afterwards: what they said and what GMP made of
 * it. No victim or perpetrator details and no safe address: the officer's list is a record of
 * their notices, not a search of GMP's people.
 */
export class SubmittedNoticeView {
  @ApiProperty({ example: '0f4f6c1e-5b7a-4a8e-9c11-0d2b7c3e9a10' }) incidentId!: string;
  @ApiProperty({ example: 'GMP-20261120-0042' }) policeReference!: string;
  @ApiProperty({ enum: INCIDENT_TYPES, example: 'domestic-abuse' }) type!: IncidentType;
  @ApiProperty({ example: '2026-11-19T21:40:00.000Z' }) occurredAt!: string;
  @ApiProperty({ example: '2026-11-20T08:02:11.000Z' }) recordedAt!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: () => SubmittedChildView, isArray: true }) children!: SubmittedChildView[];
  @ApiProperty({ type: () => SubmittedDashView, nullable: true, description: 'Null when no DASH was completed' })
  dash!: SubmittedDashView | null;

  @ApiProperty({ example: 1, description: 'Call-outs to this victim and perpetrator in the 12 months up to it' })
  callOutsInLast12Months!: number;
}
