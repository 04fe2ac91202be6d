import { instantFromNow } from '@frontdoor/calendar';
import { DASH_ANSWERS, DashAnswer, INCIDENT_TYPES, IncidentType, IsPastOrToday } from '@frontdoor/contracts';
import { IsNhsNumber, IsUkPostcode, IsUpn } from '@frontdoor/identifiers';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
  ValidationOptions,
  registerDecorator,
} from 'class-validator';
import { DASH_QUESTION_COUNT } from '../dash';

const NAME = 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Clocks disagree a little: an occurredAt up to this far ahead of ours is taken as now. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** An ISO 8601 moment that has already happened (allowing a few minutes of clock skew). */
function IsNotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotInFuture',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must not be in the future', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && Date.parse(value) <= Date.now() + CLOCK_SKEW_MS,
      },
    });
}

/** The property may be given only when `allowed` holds for the whole object. */
function OnlyWhen(allowed: (dto: RecordIncidentDto) => boolean, options: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'onlyWhen',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown, args) => value === undefined || allowed(args!.object as RecordIncidentDto),
      },
    });
}

export class IncidentPersonDto {
  @ApiProperty({ example: 'Casey', maxLength: NAME })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME)
  firstName!: string;

  @ApiProperty({ example: 'Example', maxLength: NAME })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME)
  lastName!: string;

  @ApiPropertyOptional({
    example: '1990-02-02',
    description: 'yyyy-MM-dd. Police match people on name and date of birth: without it no history is linked.',
  })
  @IsOptional()
  @Matches(ISO_DATE, { message: '$property must be a date, yyyy-MM-dd' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsPastOrToday()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: '943 476 5919', description: '10-digit NHS number, when known' })
  @IsOptional()
  @IsNhsNumber()
  nhsNumber?: string;
}

export class IncidentChildDto extends IncidentPersonDto {
  @ApiPropertyOptional({ example: 'A801200001001', description: 'Unique pupil number, when known' })
  @IsOptional()
  @IsUpn()
  upn?: string;

  @ApiProperty({
    example: true,
    description: 'Present during the incident (false: lives at the address but was elsewhere)',
  })
  @IsBoolean()
  present!: boolean;

  @ApiPropertyOptional({
    example: 'M33 7ZZ',
    description: "Where the child lives. Shared with the front door: never the victim's safe address.",
  })
  @IsOptional()
  @IsUkPostcode()
  postcode?: string;

  @ApiPropertyOptional({
    example: 'Sam told officers "I hid under the bed when Dad was shouting".',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  wordsAndViews?: string;
}

export class DashChecklistDto {
  @ApiProperty({
    enum: DASH_ANSWERS,
    isArray: true,
    minItems: DASH_QUESTION_COUNT,
    maxItems: DASH_QUESTION_COUNT,
    description: 'The 24 SafeLives DASH answers, in question order',
    example: [
      ...Array.from({ length: 15 }, () => 'yes'),
      ...Array.from({ length: 7 }, () => 'no'),
      'dont-know',
      'dont-know',
    ],
  })
  @IsArray()
  @ArrayMinSize(DASH_QUESTION_COUNT, { message: '$property must hold exactly 24 answers, one per DASH question' })
  @ArrayMaxSize(DASH_QUESTION_COUNT, { message: '$property must hold exactly 24 answers, one per DASH question' })
  @IsIn(DASH_ANSWERS, { each: true, message: 'each of $property must be one of: yes, no, dont-know' })
  answers!: DashAnswer[];

  @ApiPropertyOptional({
    example: false,
    default: false,
    description: 'The officer judges the risk high whatever the count. Raises the risk; never lowers it.',
  })
  @IsOptional()
  @IsBoolean()
  professionalJudgementHighRisk?: boolean;
}

export class SafeAddressDto {
  @ApiProperty({ example: '7 Haven Close, Stretford', maxLength: NAME })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME)
  addressLine!: string;

  @ApiProperty({ example: 'M32 0XX' })
  @IsUkPostcode()
  postcode!: string;
}

export class IncidentLocationDto {
  @ApiProperty({ example: '12 Example Road, Sale', maxLength: NAME })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME)
  addressLine!: string;

  @ApiPropertyOptional({ example: 'M33 7ZZ' })
  @IsOptional()
  @IsUkPostcode()
  postcode?: string;
}

/** The body of `POST /incidents`: a Public Protection Notice as the attending officer submits it. */
export class RecordIncidentDto {
  @ApiProperty({ enum: INCIDENT_TYPES, example: 'domestic-abuse' })
  @IsIn(INCIDENT_TYPES)
  type!: IncidentType;

  @ApiProperty({
    example: instantFromNow({ days: -1, hours: -2 }),
    description: 'When it happened (ISO 8601); not in the future',
  })
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsNotInFuture()
  occurredAt!: string;

  @ApiProperty({
    example:
      'Officers attended a report of shouting; the victim had a facial injury. Two children live at the address.',
    maxLength: 4000,
    description:
      "What a safeguarding practitioner needs to know. Shared with the front door: never the victim's safe address.",
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary!: string;

  @ApiPropertyOptional({ type: () => IncidentPersonDto, description: 'Required with victimSafeAddress' })
  @ValidateIf((dto: RecordIncidentDto) => dto.victim !== undefined || dto.victimSafeAddress !== undefined)
  @IsDefined({ message: 'victim must be given when victimSafeAddress is' })
  @ValidateNested()
  @Type(() => IncidentPersonDto)
  victim?: IncidentPersonDto;

  @ApiPropertyOptional({ type: () => IncidentPersonDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => IncidentPersonDto)
  perpetrator?: IncidentPersonDto;

  @ApiProperty({ type: () => IncidentChildDto, isArray: true, minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IncidentChildDto)
  children!: IncidentChildDto[];

  @ApiPropertyOptional({ type: () => DashChecklistDto, description: 'The DASH checklist, for domestic abuse only' })
  @IsOptional()
  @OnlyWhen((dto) => dto.type === 'domestic-abuse', {
    message: 'dash is the domestic-abuse risk checklist: give it only when type is domestic-abuse',
  })
  @ValidateNested()
  @Type(() => DashChecklistDto)
  dash?: DashChecklistDto;

  @ApiPropertyOptional({
    type: () => SafeAddressDto,
    description:
      "The victim's refuge or other safe address. Kept on GMP's records only: it never leaves GMP, in any message or answer.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SafeAddressDto)
  victimSafeAddress?: SafeAddressDto;

  @ApiPropertyOptional({
    type: () => IncidentLocationDto,
    description: "Where it happened, for GMP's own records. Never shared as such.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IncidentLocationDto)
  location?: IncidentLocationDto;
}

export class DashResultDto {
  @ApiProperty({ example: 15, minimum: 0, maximum: 24 })
  yesCount!: number;

  @ApiProperty({ example: true, description: '14 or more yes answers (SafeLives)' })
  visibleHighRisk!: boolean;

  @ApiProperty({ example: true, description: 'Visible high risk, or high on professional judgement' })
  highRisk!: boolean;
}

export class IncidentRecordedDto {
  @ApiProperty({ example: '0f4f6c1e-5b7a-4a8e-9c11-0d2b7c3e9a10' })
  incidentId!: string;

  @ApiProperty({ example: 'GMP-20261120-0042' })
  policeReference!: string;

  @ApiProperty({ type: () => DashResultDto, nullable: true, description: 'Null when no DASH was completed' })
  dash!: DashResultDto | null;

  @ApiProperty({
    example: 1,
    minimum: 1,
    description: 'Police call-outs to this victim and perpetrator in the 12 months up to the incident, it included',
  })
  callOutsInLast12Months!: number;
}
