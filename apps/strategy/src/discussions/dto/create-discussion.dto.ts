import { dateOfBirthAged } from '@frontdoor/calendar';
import { IsPastOrToday, ConcernCategory, Rag, SourceType, StrategyReason } from '@frontdoor/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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

export class DiscussionChildDto {
  @ApiProperty({ example: 'Robin' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  firstName!: string;

  @ApiProperty({ example: 'Example' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  lastName!: string;

  @ApiPropertyOptional({ example: dateOfBirthAged(0, 4), description: 'Decides whether education takes part' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsPastOrToday()
  dateOfBirth?: string;
}

export class ReferrerDto {
  @ApiProperty({ example: 'demo-community-health-trust' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organisation!: string;

  @ApiProperty({ enum: SourceType, example: SourceType.Health })
  @IsEnum(SourceType)
  sourceType!: SourceType;
}

/** A screener or manager asks for a strategy discussion without (or before) a screening decision. */
export class CreateDiscussionDto {
  @ApiPropertyOptional({
    description: 'The screening case, when there is one: one first discussion per case (409 if it exists)',
  })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiProperty({ example: 'FD-2026-000123' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  caseReference!: string;

  @ApiProperty({ enum: StrategyReason, example: StrategyReason.SignificantHarmSuspected })
  @IsEnum(StrategyReason)
  reason!: StrategyReason;

  @ApiProperty({ enum: Rag, example: Rag.Red, description: 'Red (or immediate protection): due the same working day' })
  @IsEnum(Rag)
  rag!: Rag;

  @ApiProperty({ enum: ConcernCategory, isArray: true, example: [ConcernCategory.PhysicalAbuse] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(ConcernCategory, { each: true })
  concernCategories!: ConcernCategory[];

  @ApiProperty({
    example: 'Unexplained bruising to a non-mobile baby seen by the health visitor.',
    description: 'Why a discussion is needed; kept by the front door, never sent to the agencies',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  rationale!: string;

  @ApiProperty({ type: [DiscussionChildDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => DiscussionChildDto)
  children!: DiscussionChildDto[];

  @ApiProperty({ type: ReferrerDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ReferrerDto)
  referrer!: ReferrerDto;
}
