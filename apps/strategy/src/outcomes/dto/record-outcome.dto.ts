import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Participant } from '../../participants/participant-rules';
import { StrategyOutcome } from '../outcome-rules';

export class AgencyViewDto {
  @ApiProperty({ enum: Participant, example: Participant.Police })
  @IsEnum(Participant)
  participant!: Participant;

  @ApiPropertyOptional({ example: 'DS Jo Bloggs', description: 'Who gave the view' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  attendee?: string;

  @ApiProperty({
    enum: StrategyOutcome,
    example: StrategyOutcome.S47Joint,
    description: 'The outcome this agency supports',
  })
  @IsEnum(StrategyOutcome)
  view!: StrategyOutcome;

  @ApiPropertyOptional({ example: 'Will arrange an ABE interview with the older sibling.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

/** The chair records what the discussion decided, with each participant's view. */
export class RecordOutcomeDto {
  @ApiProperty({ enum: StrategyOutcome, example: StrategyOutcome.S47Joint })
  @IsEnum(StrategyOutcome)
  outcome!: StrategyOutcome;

  @ApiProperty({ example: 'Threshold for s47 met; joint enquiry with police.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  rationale!: string;

  @ApiPropertyOptional({ description: 'When the discussion was held; default now, never in the future' })
  @IsOptional()
  @IsISO8601({ strict: true })
  heldAt?: string;

  @ApiProperty({ type: [AgencyViewDto], description: "Every participant's view, the chair's included" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AgencyViewDto)
  views!: AgencyViewDto[];

  @ApiPropertyOptional({
    description: 'For a further strategy meeting: when it must be held by (default: the usual rule)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  furtherMeetingBy?: string;
}

/** The record of the discussion went to the participants. */
export class RecordCirculatedDto {
  @ApiProperty({
    enum: Participant,
    isArray: true,
    example: [Participant.Police, Participant.Health],
    description: 'The participants the record was sent to',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsEnum(Participant, { each: true })
  circulatedTo!: Participant[];
}
