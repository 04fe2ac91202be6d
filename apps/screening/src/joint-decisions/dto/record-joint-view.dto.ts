import { ScreeningOutcome } from '@frontdoor/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { RiskLevel } from '../joint-decision-rules';

export class RecordJointViewDto {
  @ApiProperty({ enum: ScreeningOutcome, example: ScreeningOutcome.StrategyDiscussion })
  @IsEnum(ScreeningOutcome)
  recommendedOutcome!: ScreeningOutcome;

  @ApiProperty({ enum: RiskLevel, example: RiskLevel.High })
  @IsEnum(RiskLevel)
  riskLevel!: RiskLevel;

  @ApiProperty({ example: 'Third call-out this year; child present and frightened; perpetrator breached bail.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  rationale!: string;
}
