import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PartnerAgency } from '../vocabulary';

/** The person an agency sends to the strategy discussion. */
export class StrategyAttendeeV1 {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  jobTitle?: string;
}

/** A time the attendee can take part, from (inclusive) to (exclusive). */
export class AvailabilityWindowV1 {
  @IsISO8601({ strict: true })
  from!: string;

  @IsISO8601({ strict: true })
  to!: string;
}

/** An agency confirms who will attend a strategy discussion and when they can. A later one replaces it. */
export class StrategyAttendanceConfirmedV1 {
  @IsUUID()
  invitationId!: string;

  @IsUUID()
  discussionId!: string;

  @IsEnum(PartnerAgency)
  agency!: PartnerAgency;

  @IsDefined()
  @ValidateNested()
  @Type(() => StrategyAttendeeV1)
  attendee!: StrategyAttendeeV1;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindowV1)
  availability!: AvailabilityWindowV1[];

  /** The practitioner who confirmed (their subject), for the record. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  confirmedBy!: string;

  @IsISO8601({ strict: true })
  confirmedAt!: string;
}
