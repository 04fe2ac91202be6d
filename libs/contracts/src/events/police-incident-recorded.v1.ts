import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const INCIDENT_TYPES = ['domestic-abuse', 'child-concern', 'missing-child', 'other-vulnerability'] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const DASH_ANSWERS = ['yes', 'no', 'dont-know'] as const;
export type DashAnswer = (typeof DASH_ANSWERS)[number];

export class IncidentPersonV1 {
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

  /** Victim and perpetrator only: the police national computer id, how partners name them at MARAC. */
  @IsOptional()
  @IsString()
  @MaxLength(20)
  pncId?: string;
}

export class IncidentChildV1 extends IncidentPersonV1 {
  @IsOptional()
  @IsString()
  @MaxLength(20)
  upn?: string;

  /** Present during the incident (as opposed to living at the address but elsewhere). */
  @IsBoolean()
  present!: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  wordsAndViews?: string;
}

/** The SafeLives DASH checklist as the officer completed it: 24 answers and the count of yes. */
export class DashAssessmentV1 {
  @IsArray()
  @ArrayMinSize(24)
  @ArrayMaxSize(24)
  @IsIn(DASH_ANSWERS, { each: true })
  answers!: DashAnswer[];

  @IsInt()
  @Min(0)
  @Max(24)
  yesCount!: number;

  /** Visible high risk: 14 or more yes answers. */
  @IsBoolean()
  visibleHighRisk!: boolean;

  /** The officer's professional judgement that risk is high (may raise, never lower, DASH). */
  @IsBoolean()
  professionalJudgementHighRisk!: boolean;
}

/**
 * Police recorded an incident involving children (a PPN). Intake raises a contact for each
 * child; education notifies schools (Operation Encompass); MARAC considers high-risk DA.
 * Carries what safeguarding needs, never a victim's safe address.
 */
export class PoliceIncidentRecordedV1 {
  @IsUUID()
  incidentId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  policeReference!: string;

  @IsIn(INCIDENT_TYPES)
  type!: IncidentType;

  @IsISO8601({ strict: true })
  occurredAt!: string;

  @IsISO8601({ strict: true })
  recordedAt!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => IncidentPersonV1)
  victim?: IncidentPersonV1;

  @IsOptional()
  @ValidateNested()
  @Type(() => IncidentPersonV1)
  perpetrator?: IncidentPersonV1;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IncidentChildV1)
  children!: IncidentChildV1[];

  @IsOptional()
  @ValidateNested()
  @Type(() => DashAssessmentV1)
  dash?: DashAssessmentV1;

  /** Police call-outs to this victim and perpetrator in the last 12 months, this one included. */
  @IsInt()
  @Min(1)
  callOutsInLast12Months!: number;

  @IsString()
  @IsNotEmpty()
  officerSubject!: string;

  @IsString()
  @IsNotEmpty()
  officerOrganisation!: string;
}
