import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { RecordJointViewDto } from './dto/record-joint-view.dto';
import { JointDecision } from './joint-decision.entity';
import { RecordJointViewHandler } from './record-joint-view.handler';

export const JOINT_DECIDERS = [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.DaAdvisor];

export class JointDecisionFilterDto {
  @ApiPropertyOptional({ enum: ['awaiting-views', 'agreed', 'disagreed'], default: 'awaiting-views' })
  @IsOptional()
  @IsIn(['awaiting-views', 'agreed', 'disagreed'])
  status: 'awaiting-views' | 'agreed' | 'disagreed' = 'awaiting-views';
}

@ApiTags('joint-decisions')
@Controller()
export class JointDecisionsController {
  constructor(
    private readonly recordView: RecordJointViewHandler,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post('cases/:id/joint-decision/views')
  @Roles(...JOINT_DECIDERS)
  @ApiOperation({ summary: 'Record your view (social worker, GMP officer or DA advisor); sealed when all three agree' })
  @ApiCreatedResponse({ type: JointDecision })
  @ApiConflictResponse({ description: 'Already sealed' })
  record(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) caseId: string,
    @Body() body: RecordJointViewDto,
  ): Promise<JointDecision> {
    return this.recordView.record(user, caseId, body);
  }

  @Get('joint-decisions')
  @Roles(...JOINT_DECIDERS)
  @ApiOperation({ summary: 'Cases that need a joint decision, by status (disagreements are for managers to resolve)' })
  @ApiOkResponse({ description: 'caseId, reference, status, deadline, parties that have given a view' })
  list(@Query() filter: JointDecisionFilterDto) {
    return this.dataSource.query(
      `SELECT j.case_id AS "caseId", c.contact_reference AS reference, j.status, c.rag,
              c.decision_deadline AS "decisionDeadline", j.escalated_at AS "escalatedAt",
              COALESCE(array_agg(DISTINCT v.party) FILTER (WHERE v.party IS NOT NULL), '{}') AS "partiesWithViews"
         FROM joint_decisions j
         JOIN screening_cases c ON c.id = j.case_id
         LEFT JOIN joint_decision_views v ON v.case_id = j.case_id
        WHERE j.status = $1 AND c.status <> 'decided'
        GROUP BY j.case_id, c.contact_reference, j.status, c.rag, c.decision_deadline, j.escalated_at
        ORDER BY c.decision_deadline
        LIMIT 500`,
      [filter.status],
    );
  }
}
