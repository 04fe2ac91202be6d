import { instantFromNow } from '@frontdoor/calendar';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsISO8601,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Agency } from '@frontdoor/auth';
import { randomUUID } from 'node:crypto';
import { IsNhsNumber, IsUpn } from '@frontdoor/identifiers';

export class ReferralPersonDto {
  @ApiProperty({ example: 'Siobhan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  firstName!: string;

  @ApiProperty({ example: "O'Neill" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  lastName!: string;

  @ApiPropertyOptional({ example: '1990-02-03', description: 'Needed to find repeats across sources' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dateOfBirth?: string;

  @ApiPropertyOptional({
    example: '943 476 5919',
    description: '10-digit NHS number: finds repeats whatever the spelling',
  })
  @IsOptional()
  @IsNhsNumber()
  nhsNumber?: string;
}

export class ReferralChildDto extends ReferralPersonDto {
  @ApiPropertyOptional({ example: 'A801200001001', description: 'Unique pupil number, when known' })
  @IsOptional()
  @IsUpn()
  upn?: string;
}

export class CreateReferralDto {
  @ApiProperty({
    type: ReferralPersonDto,
    example: { firstName: 'Siobhan', lastName: "O'Neill", dateOfBirth: '1990-02-03' },
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => ReferralPersonDto)
  victim!: ReferralPersonDto;

  @ApiProperty({
    type: ReferralPersonDto,
    example: { firstName: 'Mark', lastName: 'Smith', dateOfBirth: '1988-09-09' },
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => ReferralPersonDto)
  perpetrator!: ReferralPersonDto;

  @ApiProperty({
    type: [ReferralChildDto],
    example: [{ firstName: 'Ava', lastName: 'Smith', dateOfBirth: '2019-05-01' }],
  })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReferralChildDto)
  childrenInHousehold!: ReferralChildDto[];

  @ApiProperty({ enum: Agency, example: Agency.Health })
  @IsIn(Object.values(Agency))
  referringAgency!: Agency;

  @ApiPropertyOptional({ example: 15, description: 'DASH yes count, when a checklist was completed' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24)
  dashYesCount?: number;

  @ApiPropertyOptional({ example: 'Disclosed non-fatal strangulation last week', description: 'Raises, never lowers' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  professionalJudgementReason?: string;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  callOutsInLast12Months?: number;

  @ApiPropertyOptional({
    example: 'Refuge, 1 Hidden Lane, M1 1AA',
    description: 'Restricted: shown only to the IDVA (da-advisor) and police',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  victimSafeAddress?: string;

  @ApiPropertyOptional({
    example: instantFromNow({ days: -2, hours: -3 }),
    description: 'When the latest incident happened; default now',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;

  @ApiPropertyOptional({
    // A fresh case each time the example is tried: a case is referred once, and again is refused.
    example: randomUUID(),
    description: "The front door's screening case this referral comes from; a second referral of it is refused (409)",
  })
  @IsOptional()
  @IsUUID()
  screeningCaseId?: string;
}

export class AllocateIdvaDto {
  @ApiProperty({ example: 'idva-jane-doe', description: "The IDVA's subject (user id)" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  idvaSubject!: string;

  @ApiProperty({ example: 'Jane Doe' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  idvaName!: string;
}

export class ListReferralsQuery {
  @ApiPropertyOptional({ enum: ['referred', 'not-eligible'] })
  @IsOptional()
  @IsIn(['referred', 'not-eligible'])
  status?: 'referred' | 'not-eligible';

  @ApiPropertyOptional({ description: 'Only the referral of this front-door case (there is at most one)' })
  @IsOptional()
  @IsUUID()
  screeningCaseId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
