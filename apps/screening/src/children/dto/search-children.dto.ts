import { IsPastOrToday } from '@frontdoor/contracts';
import { IsNhsNumber, IsUkPostcode, IsUpn } from '@frontdoor/identifiers';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * A search for a child by any of these; at least one is needed (the controller says so in a 400).
 * Names match however they are spelt ("Eva Sampelton" finds Ava Sampleton); the others exactly.
 */
export class SearchChildrenDto {
  @ApiPropertyOptional({
    example: 'Sam',
    maxLength: 100,
    description: 'Matches names that sound or are spelt alike: "Eva" finds Ava',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({
    example: 'Exampel',
    maxLength: 100,
    description: 'Matches names that sound or are spelt alike: "Sampelton" finds Sampleton',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ example: '2017-04-12', description: 'yyyy-MM-dd' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsPastOrToday()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: '943 476 5919', description: '10 digits, spaces allowed' })
  @IsOptional()
  @IsNhsNumber()
  nhsNumber?: string;

  // No example: the example contact's child has no UPN, and every detail given must match.
  @ApiPropertyOptional({ description: 'Unique pupil number, 13 characters (e.g. A123456789012)' })
  @IsOptional()
  @IsUpn()
  upn?: string;

  @ApiPropertyOptional({ example: 'M33 7ZZ' })
  @IsOptional()
  @IsUkPostcode()
  postcode?: string;
}
