import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';

/** Referrers who hear back: schools, police, health and DA advisors, each about their own contacts. */
const REFERRERS = [Role.SchoolDsl, Role.PoliceOfficer, Role.HealthPractitioner, Role.DaAdvisor];

export class ReferrerFeedbackView {
  @ApiProperty() contactId!: string;
  @ApiProperty({ example: 'FD-2026-000123' }) reference!: string;
  @ApiProperty({ enum: ['being-screened', 'decided'] }) status!: 'being-screened' | 'decided';
  @ApiPropertyOptional({ example: 's17-assessment' }) outcome?: string;
  @ApiPropertyOptional({ example: 3 }) levelOfNeed?: number;
  @ApiPropertyOptional({ description: 'What the front door wrote for the referrer' }) referrerFeedback?: string;
  @ApiPropertyOptional() decidedAt?: string;
}

interface FeedbackRow {
  contact_id: string;
  reference: string;
  status: string;
  outcome: string | null;
  level_of_need: number | null;
  referrer_feedback: string | null;
  decided_at: Date | null;
}

/**
 * "Hear back": the status of each contact the caller's organisation made, and once a manager
 * has signed the decision off, its outcome and the feedback written for the referrer. Nothing
 * else of the case (rationale, agencies' answers) reaches the referrer.
 */
@ApiTags('referrer feedback')
@Controller('referrer-feedback')
export class ReferrerFeedbackController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  @Get()
  @Roles(...REFERRERS)
  @ApiOperation({ summary: "Status and outcome feedback for your organisation's contacts, newest first" })
  @ApiOkResponse({ type: [ReferrerFeedbackView] })
  async list(@CurrentUser() referrer: AuthenticatedUser): Promise<ReferrerFeedbackView[]> {
    const rows: FeedbackRow[] = await this.dataSource.query(
      `SELECT c.contact_id, c.contact_reference AS reference, c.status,
              d.outcome, d.level_of_need, d.referrer_feedback, c.decided_at
         FROM screening_cases c
         LEFT JOIN case_decisions d ON d.case_id = c.id AND d.status = 'approved'
        WHERE c.referrer_organisation = $1
        ORDER BY c.received_at DESC
        LIMIT 200`,
      [referrer.organisation],
    );
    await this.dataSource.transaction(async (manager) => {
      for (const row of rows) {
        await this.audit.record(
          referrer,
          {
            action: 'case.feedback-read',
            subjectType: 'contact',
            subjectId: row.contact_id,
            reason: 'referrer feedback',
          },
          manager,
        );
      }
    });
    return rows.map((row) =>
      row.status === 'decided' && row.outcome
        ? {
            contactId: row.contact_id,
            reference: row.reference,
            status: 'decided',
            outcome: row.outcome,
            levelOfNeed: Number(row.level_of_need),
            referrerFeedback: row.referrer_feedback ?? undefined,
            decidedAt: row.decided_at?.toISOString(),
          }
        : { contactId: row.contact_id, reference: row.reference, status: 'being-screened' },
    );
  }
}
