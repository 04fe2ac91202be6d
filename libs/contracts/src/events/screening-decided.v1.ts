import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsISO8601,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CIN_REFERRAL_SOURCE_CODES,
  CinReferralSource,
  ConcernCategory,
  FamilyAwareness,
  LevelOfNeed,
  Rag,
  ScreeningOutcome,
  SourceType,
} from '../vocabulary';

export class DecidedChildV1 {
  @IsUUID()
  personId!: string;

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

  @IsOptional()
  @IsString()
  nhsNumber?: string;

  @IsOptional()
  @IsString()
  upn?: string;
}

/** An adult in a domestic abuse referral the front door makes to MARAC. */
export class MaracPartyV1 {
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

  @IsOptional()
  @IsString()
  @MaxLength(20)
  nhsNumber?: string;
}

/**
 * The front door's own MARAC referral, made with the decision (professional judgement of high
 * risk, with its reason). Carries neither address: MARAC asks the agencies for what it needs.
 */
export class MaracReferralRequestV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => MaracPartyV1)
  victim!: MaracPartyV1;

  @IsDefined()
  @ValidateNested()
  @Type(() => MaracPartyV1)
  perpetrator!: MaracPartyV1;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  professionalJudgementReason!: string;
}

/**
 * A front-door decision after manager sign-off. Strategy, MARAC and education act on it; the
 * referrer feedback goes back to whoever referred (the school hears the outcome).
 */
export class ScreeningDecidedV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  contactId!: string;

  @IsString()
  @IsNotEmpty()
  contactReference!: string;

  @IsEnum(ScreeningOutcome)
  outcome!: ScreeningOutcome;

  @IsEnum(LevelOfNeed)
  levelOfNeed!: LevelOfNeed;

  @IsEnum(Rag)
  rag!: Rag;

  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  rationale!: string;

  @IsBoolean()
  childsVoiceConsidered!: boolean;

  @IsEnum(FamilyAwareness)
  familyAwareness!: FamilyAwareness;

  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  referrerFeedback!: string;

  @IsString()
  @IsNotEmpty()
  referrerOrganisation!: string;

  @IsEnum(SourceType)
  sourceType!: SourceType;

  @IsIn(CIN_REFERRAL_SOURCE_CODES)
  cinReferralSource!: CinReferralSource;

  @IsArray()
  @IsEnum(ConcernCategory, { each: true })
  concernCategories!: ConcernCategory[];

  @IsBoolean()
  reReferral!: boolean;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => DecidedChildV1)
  children!: DecidedChildV1[];

  @IsString()
  @IsNotEmpty()
  decidedBy!: string;

  @IsString()
  @IsNotEmpty()
  approvedBy!: string;

  @IsISO8601({ strict: true })
  decidedAt!: string;

  /** Present when the decision also refers the household's domestic abuse to MARAC. */
  @IsOptional()
  @ValidateNested()
  @Type(() => MaracReferralRequestV1)
  maracReferral?: MaracReferralRequestV1;
}
