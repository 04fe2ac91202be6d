import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ListContactsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({
    example: '0f4f6c1e-5b7a-4a8e-9c11-0d2b7c3e9a10',
    description: 'Only the contacts raised from this police notice (one per child), so an officer can follow it',
  })
  @IsOptional()
  @IsUUID()
  policeIncidentId?: string;
}
