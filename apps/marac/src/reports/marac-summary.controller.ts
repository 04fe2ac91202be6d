import { londonDateFromToday } from '@frontdoor/calendar';
import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';
import { DataSource } from 'typeorm';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class SummaryPeriodDto {
  @ApiProperty({ example: londonDateFromToday(-30), description: 'First day (London), inclusive' })
  @Matches(DAY, { message: 'from must be a date, yyyy-MM-dd' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date, yyyy-MM-dd' })
  from!: string;

  @ApiProperty({ example: londonDateFromToday(0), description: 'Last day (London), inclusive' })
  @Matches(DAY, { message: 'to must be a date, yyyy-MM-dd' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date, yyyy-MM-dd' })
  to!: string;
}

/** What leaders read about MARAC (domain.md): cases, the repeat rate, who refers besides police. */
@ApiTags('reports')
@Controller('reports')
export class MaracSummaryController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  @Get('summary')
  @Roles(Role.MaracCoordinator, Role.Manager, Role.Auditor)
  @ApiOperation({ summary: 'Referrals in a period: listed, repeats, not eligible, and by referring agency' })
  @ApiOkResponse({ description: '{ from, to, referred, repeats, repeatRate, notEligible, byReferringAgency }' })
  @ApiBadRequestResponse({ description: 'A period that runs backwards' })
  async summary(@CurrentUser() reader: AuthenticatedUser, @Query() period: SummaryPeriodDto) {
    if (period.from > period.to) {
      throw new BadRequestException({
        title: 'Invalid request',
        detail: 'from must be on or before to; nothing was read.',
        errors: [{ field: 'from', messages: ['from must be on or before to'] }],
      });
    }
    const rows: { status: string; is_repeat: boolean; referring_agency: string; count: number }[] =
      await this.dataSource.query(
        `SELECT status, is_repeat, referring_agency, count(*)::int AS count
           FROM marac_referrals
          WHERE (referred_at AT TIME ZONE 'Europe/London')::date BETWEEN $1::date AND $2::date
          GROUP BY status, is_repeat, referring_agency`,
        [period.from, period.to],
      );
    await this.audit.record(reader, {
      action: 'report.marac-summary.read',
      subjectType: 'report',
      subjectId: 'marac-summary',
      reason: 'leadership oversight',
    });
    const referred = rows.filter((row) => row.status === 'referred');
    const total = (of: typeof rows) => of.reduce((sum, row) => sum + row.count, 0);
    const byReferringAgency: Record<string, number> = {};
    for (const row of referred)
      byReferringAgency[row.referring_agency] = (byReferringAgency[row.referring_agency] ?? 0) + row.count;
    const repeats = total(referred.filter((row) => row.is_repeat));
    return {
      from: period.from,
      to: period.to,
      referred: total(referred),
      repeats,
      repeatRate: total(referred) === 0 ? null : repeats / total(referred),
      notEligible: total(rows.filter((row) => row.status === 'not-eligible')),
      byReferringAgency,
    };
  }
}
