import { IsPastOrToday, LevelOfNeed, ScreeningOutcome } from '@frontdoor/contracts';
import { IsNhsNumber } from '@frontdoor/identifiers';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class MaracPartyDto {
  @ApiProperty({ example: 'Casey', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  firstName!: string;

  @ApiProperty({ example: 'Example', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  lastName!: string;

  @ApiPropertyOptional({ example: '1990-02-02', description: 'yyyy-MM-dd; MARAC finds repeats on it' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsPastOrToday()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: '943 476 5919', description: '10-digit NHS number, when known' })
  @IsOptional()
  @IsNhsNumber()
  nhsNumber?: string;
}

/** The front door refers the household's domestic abuse to MARAC alongside its decision. */
export class MaracReferralDto {
  @ApiProperty({ type: MaracPartyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MaracPartyDto)
  victim!: MaracPartyDto;

  @ApiProperty({
    type: MaracPartyDto,
    example: { firstName: 'Jordan', lastName: 'Example', dateOfBirth: '1987-06-01' },
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => MaracPartyDto)
  perpetrator!: MaracPartyDto;

  @ApiProperty({
    example: 'DASH 11 but escalating threats to kill since separation; police and DA advisor agree the risk is high.',
    description: 'Why the front door judges the risk high (professional judgement can raise, never lower, a DASH)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  professionalJudgementReason!: string;
}

export class RecordDecisionDto {
  @ApiProperty({ enum: ScreeningOutcome, example: ScreeningOutcome.ChildAndFamilyAssessment })
  @IsEnum(ScreeningOutcome)
  outcome!: ScreeningOutcome;

  @ApiProperty({ enum: [1, 2, 3, 4], example: 3, description: 'Level of need on the local continuum (1-4)' })
  @IsEnum(LevelOfNeed)
  levelOfNeed!: LevelOfNeed;

  @ApiProperty({
    example: 'Second DA incident in three months with Sam present; Mum wants support. Child in need assessment.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  rationale!: string;

  @ApiProperty({ example: true, description: "Whether the child's words and wishes were weighed in this decision" })
  @IsBoolean()
  childsVoiceConsidered!: boolean;

  @ApiPropertyOptional({
    example: 'Sam is frightened by the shouting and wants to stay with Mum.',
    description: "How the child's voice shaped the decision; required when it was considered",
  })
  @ValidateIf((dto: RecordDecisionDto) => dto.childsVoiceConsidered === true || dto.childsVoiceSummary !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  childsVoiceSummary?: string;

  @ApiProperty({
    example: 'Thank you. A social worker will visit the family to assess; we will keep school informed.',
    description: 'What the referrer is told about the outcome',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5_000)
  referrerFeedback!: string;

  @ApiPropertyOptional({
    type: MaracReferralDto,
    description: 'Refer the domestic abuse in this household to MARAC; sent when a manager signs the decision off',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MaracReferralDto)
  maracReferral?: MaracReferralDto;
}

export class ReturnDecisionDto {
  @ApiProperty({ example: 'Please check with police about the previous incident before deciding.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5_000)
  reason!: string;
}

export class ApproveDecisionDto {
  @ApiPropertyOptional({ example: 'Agreed: threshold for s17 assessment met.' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  note?: string;
}
