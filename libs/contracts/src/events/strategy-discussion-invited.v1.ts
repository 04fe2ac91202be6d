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
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ConcernCategory, PartnerAgency, StrategyReason } from '../vocabulary';

/** A child the discussion is about: names and date of birth only, so the agency can prepare. */
export class InvitedChildV1 {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  firstName!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  lastName!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  dateOfBirth?: string;
}

/**
 * The front door invites one agency to a strategy discussion. Only what the agency needs to
 * attend and prepare: the case reference, the children's names and dates of birth, when the
 * discussion must be held by and why (the reason category). Never the rationale, identifiers,
 * addresses or anything restricted.
 */
export class StrategyDiscussionInvitedV1 {
  @IsUUID()
  invitationId!: string;

  @IsUUID()
  discussionId!: string;

  @IsEnum(PartnerAgency)
  agency!: PartnerAgency;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  caseReference!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => InvitedChildV1)
  children!: InvitedChildV1[];

  @IsEnum(StrategyReason)
  reason!: StrategyReason;

  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(ConcernCategory, { each: true })
  concernCategories!: ConcernCategory[];

  /** The discussion must be held by then. */
  @IsISO8601({ strict: true })
  dueBy!: string;

  @IsISO8601({ strict: true })
  invitedAt!: string;
}
