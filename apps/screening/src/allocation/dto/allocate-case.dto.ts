import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class AllocateCaseDto {
  @ApiProperty({
    example: 'demo-screener-1',
    description: 'The subject of a screener who has signed in (see GET /workload for who can be given cases)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  screener!: string;

  @ApiPropertyOptional({ example: 'Sam is on leave tomorrow', description: 'Why, kept in the audit trail' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
