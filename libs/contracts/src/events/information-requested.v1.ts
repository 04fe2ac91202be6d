import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
  ALL_AGENCY_DATASETS,
  AgencyDataset,
  Article6Basis,
  InformationAgency,
  Rag,
  SpecialCategoryCondition,
} from '../vocabulary';

export const SUBJECT_ROLES = ['child', 'adult'] as const;
export type SubjectRole = (typeof SUBJECT_ROLES)[number];

/** A person the agency is asked about, with only the identifiers needed to find them. */
export class RequestSubjectV1 {
  /** Stable within the case, so the answer can say which person each finding is about. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  subjectRef!: string;

  @IsIn(SUBJECT_ROLES)
  role!: SubjectRole;

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

  @IsOptional()
  @IsString()
  @MaxLength(20)
  upn?: string;

  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string;
}

export class LawfulBasisV1 {
  @ApiProperty({ enum: Article6Basis, example: Article6Basis.PublicTask })
  @IsEnum(Article6Basis)
  article6!: Article6Basis;

  @ApiProperty({ enum: SpecialCategoryCondition, example: SpecialCategoryCondition.SafeguardingChildren })
  @IsEnum(SpecialCategoryCondition)
  specialCategoryCondition!: SpecialCategoryCondition;
}

export class RequestingOfficerV1 {
  @IsString()
  @IsNotEmpty()
  subject!: string;

  @IsOptional()
  @IsString()
  name?: string;

  @IsString()
  @IsNotEmpty()
  organisation!: string;
}

/** The front door asks one agency what it knows about the people on a case. */
export class InformationRequestedV1 {
  @IsUUID()
  requestId!: string;

  @IsUUID()
  caseId!: string;

  @IsString()
  @IsNotEmpty()
  caseReference!: string;

  @IsEnum(InformationAgency)
  agency!: InformationAgency;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RequestSubjectV1)
  subjects!: RequestSubjectV1[];

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  question!: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsIn(ALL_AGENCY_DATASETS, { each: true })
  datasets!: AgencyDataset[];

  @IsDefined()
  @ValidateNested()
  @Type(() => LawfulBasisV1)
  lawfulBasis!: LawfulBasisV1;

  @IsDefined()
  @ValidateNested()
  @Type(() => RequestingOfficerV1)
  requestedBy!: RequestingOfficerV1;

  @IsEnum(Rag)
  rag!: Rag;

  @IsISO8601({ strict: true })
  respondBy!: string;

  @IsISO8601({ strict: true })
  requestedAt!: string;
}
