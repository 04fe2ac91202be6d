import { londonDateFromToday } from '@frontdoor/calendar';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsEnum,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsNhsNumber, IsUkPostcode, IsUpn } from '@frontdoor/identifiers';
import {
  CIN_REFERRAL_SOURCE_CODES,
  CinReferralSource,
  ConcernCategory,
  ContactChannel,
  FamilyAwareness,
  SourceType,
} from '../vocabulary';
import { IsPastOrToday } from '../validation/is-past-or-today';

/**
 * What a referrer tells the front door about a worry: the body of `POST /contacts` and of the
 * `ContactReceived` event. Unknowns are stated, not left out: a date of birth is known, expected
 * (unborn) or unknown, and a child's views are either recorded or the reason they are not is.
 */
const SHORT = 200;
const LONG = 10_000;

export class AddressV1 {
  @ApiPropertyOptional({ example: '12 Example Road' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT)
  line1?: string;

  @ApiPropertyOptional({ example: 'Sale' })
  @IsOptional()
  @IsString()
  @MaxLength(SHORT)
  town?: string;

  @ApiPropertyOptional({ example: 'M33 7ZZ', description: 'UK postcode; normalised by the receiver' })
  @IsOptional()
  @IsUkPostcode()
  postcode?: string;
}

export class ReferrerV1 {
  @ApiProperty({ example: 'Alex Example' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  name!: string;

  @ApiProperty({ example: 'Designated Safeguarding Lead' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  role!: string;

  @ApiProperty({ example: 'Oakfield Primary School' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  organisation!: string;

  @ApiPropertyOptional({ example: '0161 000 0000' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional({ example: 'dsl@oakfield.example.org' })
  @IsOptional()
  @IsEmail()
  @MaxLength(SHORT)
  email?: string;
}

export class SourceV1 {
  @ApiProperty({ enum: SourceType, example: SourceType.School })
  @IsEnum(SourceType)
  type!: SourceType;

  @ApiProperty({ enum: CIN_REFERRAL_SOURCE_CODES, example: '2A', description: 'DfE CIN census referral source code' })
  @IsIn(CIN_REFERRAL_SOURCE_CODES)
  cinCode!: CinReferralSource;

  // Optional, so that every contact sent before it existed is still valid V1.
  @ApiPropertyOptional({
    enum: ContactChannel,
    example: ContactChannel.Phone,
    description:
      'Only when the front door logs a contact it took by phone, email or in person: the referrer is then the ' +
      'person who told it, and the screener who logged it is the submitter',
  })
  @IsOptional()
  @IsEnum(ContactChannel)
  channel?: ContactChannel;
}

export const DATE_OF_BIRTH_STATUSES = ['known', 'unborn', 'unknown'] as const;
export type DateOfBirthStatus = (typeof DATE_OF_BIRTH_STATUSES)[number];

export class ChildV1 {
  @ApiProperty({ example: 'Sam' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  firstName!: string;

  @ApiProperty({ example: 'Example' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  lastName!: string;

  @ApiProperty({ enum: DATE_OF_BIRTH_STATUSES, example: 'known' })
  @IsIn(DATE_OF_BIRTH_STATUSES)
  dateOfBirthStatus!: DateOfBirthStatus;

  @ApiPropertyOptional({ example: '2016-04-12', description: 'Required when dateOfBirthStatus is known' })
  @ValidateIf((child: ChildV1) => child.dateOfBirthStatus === 'known' || child.dateOfBirth !== undefined)
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsPastOrToday()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: londonDateFromToday(60), description: 'Required when dateOfBirthStatus is unborn' })
  @ValidateIf((child: ChildV1) => child.dateOfBirthStatus === 'unborn' || child.expectedDateOfBirth !== undefined)
  @IsISO8601({ strict: true, strictSeparator: true })
  expectedDateOfBirth?: string;

  @ApiPropertyOptional({ example: '943 476 5919', description: '10-digit NHS number when known' })
  @IsOptional()
  @IsNhsNumber()
  nhsNumber?: string;

  @ApiPropertyOptional({ example: 'A801200001001', description: 'Unique pupil number when known' })
  @IsOptional()
  @IsUpn()
  upn?: string;

  @ApiPropertyOptional({ type: () => AddressV1 })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressV1)
  address?: AddressV1;

  @ApiPropertyOptional({ example: 'female' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  gender?: string;

  @ApiPropertyOptional({ example: 'White British' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ethnicity?: string;

  @ApiPropertyOptional({
    example: 'Sam said "I get scared when Dad shouts at Mum" and wants to stay with Mum.',
    description: "The child's own words and wishes. Give this or viewsNotObtainedReason.",
  })
  @ValidateIf((child: ChildV1) => !child.viewsNotObtainedReason)
  @IsString()
  @IsNotEmpty({ message: "wordsAndViews must record the child's words, or give viewsNotObtainedReason" })
  @MaxLength(LONG)
  wordsAndViews?: string;

  @ApiPropertyOptional({ example: 'Child is 8 months old' })
  @ValidateIf((child: ChildV1) => !child.wordsAndViews)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG)
  viewsNotObtainedReason?: string;
}

export class AdultV1 {
  @ApiProperty({ example: 'Jordan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  firstName!: string;

  @ApiProperty({ example: 'Example' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT)
  lastName!: string;

  @ApiPropertyOptional({ example: '1988-09-30' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsPastOrToday()
  dateOfBirth?: string;

  @ApiProperty({ example: 'father', description: 'Relationship to the child or children' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  relationshipToChildren!: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  livesWithChildren!: boolean;

  @ApiPropertyOptional({ type: () => AddressV1 })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressV1)
  address?: AddressV1;
}

export class ConcernsV1 {
  @ApiProperty({ enum: ConcernCategory, isArray: true, example: [ConcernCategory.DomesticAbuse] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @IsEnum(ConcernCategory, { each: true })
  categories!: ConcernCategory[];

  @ApiProperty({
    example: 'Sam arrived at school upset and said police came to the house last night after Dad hit Mum.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG)
  narrative!: string;

  @ApiProperty({ example: false, description: 'Is a child in immediate danger now?' })
  @IsBoolean()
  immediateDanger!: boolean;

  @ApiProperty({ enum: FamilyAwareness, example: FamilyAwareness.KnowsAndAgrees })
  @IsEnum(FamilyAwareness)
  familyAwareness!: FamilyAwareness;

  @ApiPropertyOptional({ example: 'Spoke with Mum at pick-up; offered school nurse support.' })
  @IsOptional()
  @IsString()
  @MaxLength(LONG)
  actionTakenSoFar?: string;
}

export class ContactDetailsV1 {
  @ApiProperty({ type: () => SourceV1 })
  @IsDefined()
  @ValidateNested()
  @Type(() => SourceV1)
  source!: SourceV1;

  @ApiProperty({ type: () => ReferrerV1 })
  @IsDefined()
  @ValidateNested()
  @Type(() => ReferrerV1)
  referrer!: ReferrerV1;

  @ApiProperty({ type: () => ChildV1, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChildV1)
  children!: ChildV1[];

  @ApiProperty({ type: () => AdultV1, isArray: true })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AdultV1)
  adults!: AdultV1[];

  @ApiProperty({ type: () => ConcernsV1 })
  @IsDefined()
  @ValidateNested()
  @Type(() => ConcernsV1)
  concerns!: ConcernsV1;
}
