import { londonTimeOnWorkingDay } from '@frontdoor/calendar';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class InvitedChildView {
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiPropertyOptional() dateOfBirth?: string;
}

export class AvailabilityWindowDto {
  @ApiProperty({ example: londonTimeOnWorkingDay(1, '09:30'), description: 'From (ISO 8601)' })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ example: londonTimeOnWorkingDay(1, '12:00'), description: 'To (ISO 8601), after from' })
  @IsISO8601({ strict: true })
  to!: string;
}

export class AttendeeDto {
  @ApiProperty({ example: 'DS Jo Bloggs' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Detective Sergeant, Public Protection Investigation Unit' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobTitle?: string;
}

export class StrategyInvitationView {
  @ApiProperty() id!: string;
  @ApiProperty() discussionId!: string;
  @ApiProperty() caseReference!: string;
  @ApiProperty({ type: [InvitedChildView] }) children!: InvitedChildView[];
  @ApiProperty() reason!: string;
  @ApiProperty({ type: [String] }) concernCategories!: string[];
  @ApiProperty({ enum: ['awaiting-confirmation', 'confirmed', 'declined'] }) status!: string;
  @ApiProperty() dueBy!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty({ description: 'Due and not answered yet' }) overdue!: boolean;
  @ApiPropertyOptional({ type: AttendeeDto, nullable: true }) attendee!: AttendeeDto | null;
  @ApiPropertyOptional({ type: [AvailabilityWindowDto], nullable: true }) availability!: AvailabilityWindowDto[] | null;
  @ApiPropertyOptional({ nullable: true }) confirmedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Why the agency declined, when it did' })
  declineReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) declinedAt!: string | null;
}

/** The agency will not attend, and says why (sent to the chair). */
export class DeclineInvitationDto {
  @ApiProperty({
    example: 'No officer from the PPIU is free before the due time; please share the record with DS Bloggs.',
    maxLength: 1000,
  })
  // A reason of only spaces is no reason: trimmed first, then it must not be empty.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

/** Who the agency sends, and when they can attend (the strategy service finds a common slot). */
export class ConfirmAttendanceDto {
  @ApiProperty({ type: AttendeeDto, example: { name: 'DS Jo Bloggs', jobTitle: 'Detective Sergeant' } })
  @IsDefined()
  @ValidateNested()
  @Type(() => AttendeeDto)
  attendee!: AttendeeDto;

  @ApiProperty({
    type: [AvailabilityWindowDto],
    example: [
      { from: londonTimeOnWorkingDay(1, '09:30'), to: londonTimeOnWorkingDay(1, '12:00') },
      { from: londonTimeOnWorkingDay(1, '14:00'), to: londonTimeOnWorkingDay(1, '16:00') },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindowDto)
  availability!: AvailabilityWindowDto[];
}
