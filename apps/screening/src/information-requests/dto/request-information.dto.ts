import {
  Article6Basis,
  InformationAgency,
  PARTNER_AGENCIES,
  PartnerAgency,
  SpecialCategoryCondition,
} from '@frontdoor/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

export class RequestInformationDto {
  @ApiPropertyOptional({
    enum: PARTNER_AGENCIES,
    isArray: true,
    example: [InformationAgency.Police, InformationAgency.Health, InformationAgency.Education],
    description: 'Defaults to all three; one request per agency',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PARTNER_AGENCIES, { each: true })
  agencies?: PartnerAgency[];

  @ApiProperty({
    example: 'What do you know about this household, in particular any domestic abuse in the last two years?',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  question!: string;

  @ApiPropertyOptional({ enum: Article6Basis, example: Article6Basis.PublicTask })
  @IsOptional()
  @IsEnum(Article6Basis)
  article6?: Article6Basis;

  @ApiPropertyOptional({ enum: SpecialCategoryCondition, example: SpecialCategoryCondition.SafeguardingChildren })
  @IsOptional()
  @IsEnum(SpecialCategoryCondition)
  specialCategoryCondition?: SpecialCategoryCondition;
}
