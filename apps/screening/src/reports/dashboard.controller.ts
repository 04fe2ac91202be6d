import { londonDateFromToday } from '@frontdoor/calendar';
import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Rag, ScreeningOutcome, SourceType } from '@frontdoor/contracts';
import { BadRequestException, Controller, Get, Inject, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsEnum, IsISO8601, IsOptional, Matches } from 'class-validator';
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { DataSource } from 'typeorm';
import { CLOCK, Clock } from '../screening-policy';
import { Dashboard, DashboardContact, daysBetween, summariseDashboard } from './dashboard';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

export class DashboardQueryDto {
  @ApiPropertyOptional({
    example: londonDateFromToday(-30),
    description: 'First day (London), default 30 days before `to`',
  })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a date, yyyy-MM-dd' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date, yyyy-MM-dd' })
  from?: string;

  @ApiPropertyOptional({ example: londonDateFromToday(0), description: 'Last day (London), inclusive; default today' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a date, yyyy-MM-dd' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date, yyyy-MM-dd' })
  to?: string;

  @ApiPropertyOptional({ enum: SourceType, description: 'Only contacts from this source' })
  @IsOptional()
  @IsEnum(SourceType)
  source?: SourceType;
}

interface ContactRow {
  day: string;
  source: SourceType;
  outcome: ScreeningOutcome | null;
  within_deadline: boolean | null;
  re_referral: boolean;
}

/** The leaders' dashboard: volumes, timeliness, conversion, re-referrals, NFA, open cases by RAG. */
@ApiTags('reports')
@Controller('reports')
export class DashboardController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('dashboard')
  @Roles(Role.Manager, Role.Auditor, Role.Screener)
  @ApiOperation({ summary: 'Figures for the contacts received in a period (London days), optionally from one source' })
  @ApiOkResponse({
    description: 'contactsPerDay, decidedWithinDeadline, contactToReferral, reReferral, NFA, openByRag',
  })
  @ApiBadRequestResponse({ description: 'A period that runs backwards or is longer than 366 days' })
  async dashboard(@CurrentUser() reader: AuthenticatedUser, @Query() query: DashboardQueryDto) {
    const to = query.to ?? londonDay(this.clock.now());
    const from = query.from ?? londonDay(new Date(Date.parse(`${to}T12:00:00Z`) - (DEFAULT_DAYS - 1) * 86_400_000));
    const days = daysBetween(from, to);
    if (days.length === 0 || days[days.length - 1] !== to) {
      throw new BadRequestException({
        title: 'Invalid request',
        detail: `The period must run forwards and be at most ${MAX_DAYS} days; nothing was read.`,
        errors: [{ field: 'from', messages: [`from must be on or before to, at most ${MAX_DAYS} days earlier`] }],
      });
    }
    const rows: ContactRow[] = await this.dataSource.query(
      `SELECT to_char(c.received_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS day,
              c.source_type AS source, d.outcome,
              CASE WHEN d.id IS NULL THEN NULL ELSE c.decided_at <= c.decision_deadline END AS within_deadline,
              c.re_referral
         FROM screening_cases c
         LEFT JOIN case_decisions d ON d.case_id = c.id AND d.status = 'approved'
        WHERE (c.received_at AT TIME ZONE 'Europe/London')::date BETWEEN $1::date AND $2::date
          AND ($3::text IS NULL OR c.source_type = $3)`,
      [from, to, query.source ?? null],
    );
    const open: { rag: Rag; count: number }[] = await this.dataSource.query(
      `SELECT rag, count(*)::int AS count FROM screening_cases
        WHERE status <> 'decided' AND ($1::text IS NULL OR source_type = $1) GROUP BY rag`,
      [query.source ?? null],
    );
    await this.audit.record(reader, {
      action: 'report.dashboard.read',
      subjectType: 'report',
      subjectId: 'dashboard',
      reason: 'leadership oversight',
    });
    const contacts = rows.map((row): DashboardContact => ({
      day: row.day,
      source: row.source,
      reReferral: row.re_referral,
      ...(row.outcome && { outcome: row.outcome, decidedWithinDeadline: row.within_deadline === true }),
    }));
    const openByRag = { [Rag.Red]: 0, [Rag.Amber]: 0, [Rag.Green]: 0 };
    for (const { rag, count } of open) openByRag[rag] = count;
    const dashboard: Dashboard = summariseDashboard(contacts, days, openByRag);
    return { from, to, source: query.source ?? null, ...dashboard };
  }
}

function londonDay(instant: Date): string {
  return format(new TZDate(instant.getTime(), 'Europe/London'), 'yyyy-MM-dd');
}
