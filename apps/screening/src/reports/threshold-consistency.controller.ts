import { londonDateFromToday } from '@frontdoor/calendar';
import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { LevelOfNeed, SourceType } from '@frontdoor/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { ThresholdConsistencyReport, thresholdConsistency } from '../thresholds/threshold-consistency';

export class ReportPeriodDto {
  @ApiPropertyOptional({ example: londonDateFromToday(-60), description: 'Decisions made on or after this date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: londonDateFromToday(0), description: 'Decisions made before this date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

/** Where screeners' chosen levels depart from the threshold guidance, by screener and by source. */
@ApiTags('reports')
@Controller('reports')
export class ThresholdConsistencyController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  @Get('threshold-consistency')
  @Roles(Role.Manager, Role.Auditor)
  @ApiOperation({ summary: 'Decisions that depart from the suggested level of need, by screener and source' })
  @ApiOkResponse({ description: '{ byScreener: rows, bySource: rows } with agreed / above / below counts' })
  async report(
    @CurrentUser() reader: AuthenticatedUser,
    @Query() period: ReportPeriodDto,
  ): Promise<ThresholdConsistencyReport> {
    const rows: { screener: string; source: SourceType; suggestedLevel: number; chosenLevel: number }[] =
      await this.dataSource.query(
        `SELECT d.decided_by AS screener, c.source_type AS source,
                d.suggested_level AS "suggestedLevel", d.level_of_need AS "chosenLevel"
           FROM case_decisions d JOIN screening_cases c ON c.id = d.case_id
          WHERE d.status = 'approved'
            AND ($1::timestamptz IS NULL OR d.decided_at >= $1)
            AND ($2::timestamptz IS NULL OR d.decided_at < $2)`,
        [period.from ?? null, period.to ?? null],
      );
    await this.audit.record(reader, {
      action: 'report.threshold-consistency.read',
      subjectType: 'report',
      subjectId: 'threshold-consistency',
      reason: 'practice oversight',
    });
    return thresholdConsistency(
      rows.map((row) => ({
        ...row,
        suggestedLevel: row.suggestedLevel as LevelOfNeed,
        chosenLevel: row.chosenLevel as LevelOfNeed,
      })),
    );
  }
}
