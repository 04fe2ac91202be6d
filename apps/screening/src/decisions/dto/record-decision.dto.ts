import { LevelOfNeed, ScreeningOutcome } from '@frontdoor/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

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
