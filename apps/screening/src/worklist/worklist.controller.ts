import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Roles } from '@frontdoor/auth';
import { Rag, SourceType } from '@frontdoor/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CASE_READERS } from '../front-door-roles';
import { WorklistQuery } from './worklist.query';
import { WorklistItemView } from './worklist.view';

export class WorklistQueryDto {
  @ApiPropertyOptional({ enum: Rag })
  @IsOptional()
  @IsEnum(Rag)
  rag?: Rag;

  @ApiPropertyOptional({ enum: SourceType })
  @IsOptional()
  @IsEnum(SourceType)
  source?: SourceType;

  @ApiPropertyOptional({ example: 'FD-2026-000123', description: 'The reference a referrer quotes on the phone' })
  @IsOptional()
  @Matches(/^[A-Z]{2}-[A-Z0-9-]{1,30}$/)
  reference?: string;

  @ApiPropertyOptional({ enum: ['open', 'awaiting-approval'] })
  @IsOptional()
  @IsIn(['open', 'awaiting-approval'])
  status?: 'open' | 'awaiting-approval';

  @ApiPropertyOptional({
    example: 'demo-screener-1',
    description: 'Only the cases with this screener (a subject), or `none` for the cases nobody has yet',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  allocatedTo?: string;

  @ApiProperty({ required: false, default: 200, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 200;
}

@ApiTags('worklist')
@Controller('worklist')
export class WorklistController {
  constructor(
    private readonly worklist: WorklistQuery,
    private readonly audit: AuditTrail,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Open cases, soonest deadline first (red before amber before green)' })
  @ApiOkResponse({ type: [WorklistItemView] })
  async list(@CurrentUser() reader: AuthenticatedUser, @Query() query: WorklistQueryDto): Promise<WorklistItemView[]> {
    const items = await this.worklist.list({
      rag: query.rag,
      sourceType: query.source,
      status: query.status,
      reference: query.reference,
      allocatedTo: query.allocatedTo,
      limit: query.limit,
    });
    await this.audit.record(reader, {
      action: 'worklist.read',
      subjectType: 'worklist',
      subjectId: `${items.length} cases`,
      reason: 'front door screening',
    });
    return items;
  }
}
