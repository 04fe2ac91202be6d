import { AuditTrail } from '@frontdoor/audit';
import { isUniqueViolation } from '@frontdoor/database';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@frontdoor/auth';
import {
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { DiscussionInvitation } from '../attendance/discussion-invitation.entity';
import { RecordCirculatedDto, RecordOutcomeDto } from '../outcomes/dto/record-outcome.dto';
import { EXAMPLE_OUTCOME } from '../outcomes/outcome.example';
import { londonDate } from '../outcomes/outcome-rules';
import { RecordOutcomeHandler } from '../outcomes/record-outcome.handler';
import { CHAIRS, Clock, READERS, REQUESTERS, STRATEGY_CLOCK } from '../strategy-policy';
import { EXAMPLE_DISCUSSION_REQUEST } from './discussion.example';
import { discussionDetail, discussionSummary } from './discussion.view';
import { CreateDiscussionDto } from './dto/create-discussion.dto';
import { OpenDiscussionHandler } from './open-discussion.handler';
import { StrategyDiscussion } from './strategy-discussion.entity';

export class DiscussionListQuery {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;

  @ApiPropertyOptional({
    example: '3f1c2b9e-8a47-4d2f-9c61-5b0e7d4a2f18',
    description: "Only this screening case's discussions (a child's page lists them)",
  })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

@ApiTags('strategy-discussions')
@Controller('strategy-discussions')
export class DiscussionsController {
  constructor(
    private readonly openDiscussion: OpenDiscussionHandler,
    private readonly outcomes: RecordOutcomeHandler,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(STRATEGY_CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles(...REQUESTERS)
  @ApiOperation({ summary: 'Ask for a strategy discussion by hand; participants invited, due time set by RAG' })
  @ApiBody({
    type: CreateDiscussionDto,
    examples: { baby: { summary: 'Unexplained bruising to a baby, red', value: EXAMPLE_DISCUSSION_REQUEST } },
  })
  @ApiCreatedResponse({ description: 'The discussion with its participants and due time' })
  @ApiBadRequestResponse({ description: 'Invalid request; nothing stored' })
  @ApiConflictResponse({ description: 'The case already has a strategy discussion' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateDiscussionDto) {
    const discussionExists = () =>
      new ConflictException({
        title: 'Discussion exists',
        detail: `Case ${body.caseReference} already has a strategy discussion.`,
      });
    const id = await this.dataSource
      .transaction(async (manager) => {
        if (body.caseId && (await this.openDiscussion.firstOnCase(manager, body.caseId))) throw discussionExists();
        const discussion = await this.openDiscussion.open(manager, user, {
          caseId: body.caseId ?? randomUUID(),
          caseReference: body.caseReference,
          origin: 'manual',
          reason: body.reason,
          rag: body.rag,
          concernCategories: body.concernCategories,
          rationale: body.rationale,
          children: body.children.map(({ firstName, lastName, dateOfBirth }) => ({
            firstName,
            lastName,
            ...(dateOfBirth && { dateOfBirth }),
          })),
          referrer: { organisation: body.referrer.organisation, sourceType: body.referrer.sourceType },
          askedAt: this.clock.now(),
          requestedBy: user.subject,
        });
        return discussion.id;
      })
      // A double submit: both passed the check above; the one-first-discussion-per-case index decides.
      .catch((error: unknown) => {
        throw body.caseId && isUniqueViolation(error) ? discussionExists() : error;
      });
    return this.detail(this.dataSource.manager, id);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The front door list: overdue first (discussion not held, record not circulated, ICPC late), then by due time',
  })
  @ApiOkResponse({ description: 'Discussions without names: what needs doing and by when' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: DiscussionListQuery) {
    const now = this.clock.now();
    const rows = await this.dataSource.manager
      .createQueryBuilder(StrategyDiscussion, 'd')
      .addSelect(
        `CASE WHEN (d.outcome IS NULL AND d.due_by < :now)
           OR (d.record_due_by IS NOT NULL AND d.record_circulated_at IS NULL AND d.record_due_by < :now)
           OR (d.icpc_due_date IS NOT NULL AND d.icpc_due_date < :today) THEN 0 ELSE 1 END`,
        'overdue_rank',
      )
      .setParameters({ now, today: londonDate(now) })
      .where(query.caseId ? 'd.case_id = :caseId' : 'TRUE', { caseId: query.caseId })
      .orderBy('overdue_rank', 'ASC')
      .addOrderBy('d.due_by', 'ASC')
      .take(query.limit)
      .getMany();
    await this.audit.record(user, {
      action: 'strategy-discussion.listed',
      subjectType: 'strategy-discussion-list',
      subjectId: `${rows.length} discussions`,
      reason: 'front door strategy list',
    });
    return rows.map((row) => discussionSummary(row, now));
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One discussion: participants and confirmations, proposed slot, outcome and deadlines' })
  @ApiOkResponse({ description: 'The discussion' })
  @ApiNotFoundResponse({ description: 'No such discussion' })
  async read(@CurrentUser() user: AuthenticatedUser, @Param('id', new ParseUUIDPipe()) id: string) {
    const detail = await this.detail(this.dataSource.manager, id);
    await this.audit.record(user, {
      action: 'strategy-discussion.read',
      subjectType: 'strategy-discussion',
      subjectId: id,
      reason: 'strategy discussion',
    });
    return detail;
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @Roles(...CHAIRS)
  @ApiOperation({
    summary: "The chair records the outcome with every participant's view; s47 starts the ICPC clock (15 working days)",
  })
  @ApiBody({ type: RecordOutcomeDto, examples: { jointS47: { summary: 'Joint s47 enquiry', value: EXAMPLE_OUTCOME } } })
  @ApiOkResponse({ description: 'The discussion with its outcome and deadlines' })
  @ApiBadRequestResponse({ description: 'Missing views, a joint enquiry police did not agree to, bad dates' })
  @ApiNotFoundResponse({ description: 'No such discussion' })
  @ApiConflictResponse({ description: 'Outcome already recorded' })
  async outcome(
    @CurrentUser() chair: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordOutcomeDto,
  ) {
    await this.dataSource.transaction((manager) => this.outcomes.recordOutcome(manager, chair, id, body));
    return this.detail(this.dataSource.manager, id);
  }

  @Post(':id/record-circulated')
  @HttpCode(200)
  @Roles(Role.Manager, Role.Screener)
  @ApiOperation({ summary: 'The record of the discussion went to the participants (due within 1 working day)' })
  @ApiOkResponse({ description: 'The discussion' })
  @ApiBadRequestResponse({ description: 'Sent to someone who is not a participant' })
  @ApiNotFoundResponse({ description: 'No such discussion' })
  @ApiConflictResponse({ description: 'Not held yet, or already circulated' })
  async recordCirculated(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordCirculatedDto,
  ) {
    await this.dataSource.transaction((manager) => this.outcomes.recordCirculated(manager, user, id, body));
    return this.detail(this.dataSource.manager, id);
  }

  private async detail(manager: EntityManager, id: string) {
    const discussion = await manager.findOneBy(StrategyDiscussion, { id });
    if (!discussion) throw new NotFoundException(`No strategy discussion ${id}`);
    const invitations = await manager.findBy(DiscussionInvitation, { discussionId: id });
    const further = await manager.findOneBy(StrategyDiscussion, { previousDiscussionId: id });
    return discussionDetail(discussion, invitations, this.clock.now(), further?.id ?? null);
  }
}
