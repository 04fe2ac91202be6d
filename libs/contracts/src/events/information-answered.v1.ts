import { Type } from 'class-transformer';
import {
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
import { ALL_AGENCY_DATASETS, AgencyDataset, InformationAgency } from '../vocabulary';
import { LawfulBasisV1 } from './information-requested.v1';

/** One fact an agency shares, in the dataset the request asked for. Facts, not opinion. */
export class FindingV1 {
  @IsIn(ALL_AGENCY_DATASETS)
  dataset!: AgencyDataset;

  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  summary!: string;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  detail?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;
}

export class SubjectAnswerV1 {
  @IsString()
  @IsNotEmpty()
  subjectRef!: string;

  /** False means "not known to us" — an answer too. */
  @IsBoolean()
  known!: boolean;

  @IsOptional()
  @IsString()
  matchedOn?: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FindingV1)
  findings!: FindingV1[];
}

/** Something the agency holds but did not share, and why (recorded, never silent). */
export class WithheldV1 {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  what!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class AnsweredByV1 {
  /** `automatic` when the agency's records answered without a practitioner's review. */
  @IsString()
  @IsNotEmpty()
  subject!: string;

  @IsOptional()
  @IsString()
  name?: string;
}

/** An agency's answer to one information request. */
export class InformationAnsweredV1 {
  @IsUUID()
  requestId!: string;

  @IsUUID()
  caseId!: string;

  @IsEnum(InformationAgency)
  agency!: InformationAgency;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SubjectAnswerV1)
  subjects!: SubjectAnswerV1[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => WithheldV1)
  withheld!: WithheldV1[];

  @IsDefined()
  @ValidateNested()
  @Type(() => LawfulBasisV1)
  lawfulBasis!: LawfulBasisV1;

  @IsDefined()
  @ValidateNested()
  @Type(() => AnsweredByV1)
  answeredBy!: AnsweredByV1;

  @IsISO8601({ strict: true })
  answeredAt!: string;
}
