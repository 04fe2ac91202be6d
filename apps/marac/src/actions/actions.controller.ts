import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, CurrentUser, Roles } from '@frontdoor/auth';
import { Body, Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource, In, LessThanOrEqual, Not } from 'typeorm';
import { Clock, MARAC_CLOCK, MARAC_PARTNERS } from '../marac-policy';
import { MaracReferral } from '../referrals/marac-referral.entity';
import { CreateActionDto, UpdateActionStatusDto } from './dto/action.dto';
import { MaracAction } from './marac-action.entity';
import { isOverdue } from './overdue';

@ApiTags('actions')
@Controller()
export class ActionsController {
  constructor(
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MARAC_CLOCK) private readonly clock: Clock,
  ) {}

  @Post('meetings/:id/cases/:referralId/actions')
  @Roles(...MARAC_PARTNERS)
  @ApiOperation({ summary: "Add an action to a case's plan at the meeting: owner agency, description, due date" })
  @ApiCreatedResponse({ type: MaracAction })
  @ApiNotFoundResponse({ description: 'The case is not listed at this meeting' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) meetingId: string,
    @Param('referralId', new ParseUUIDPipe()) referralId: string,
    @Body() body: CreateActionDto,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const listed = await manager.existsBy(MaracReferral, { id: referralId, meetingId });
      if (!listed) throw new NotFoundException(`Referral ${referralId} is not listed at meeting ${meetingId}`);
      const action = manager.create(MaracAction, {
        id: randomUUID(),
        meetingId,
        referralId,
        ownerAgency: body.ownerAgency,
        description: body.description,
        dueDate: body.dueDate.slice(0, 10),
        status: 'open',
        createdBy: user.subject,
        updatedAt: this.clock.now(),
      });
      await manager.insert(MaracAction, action);
      await this.audit.record(
        user,
        {
          action: 'marac.action-added',
          subjectType: 'marac-referral',
          subjectId: referralId,
          reason: `owner ${body.ownerAgency}`,
        },
        manager,
      );
      return { ...action, overdue: isOverdue(action, this.clock.now()) };
    });
  }

  @Get('actions/overdue')
  @Roles(...MARAC_PARTNERS)
  @ApiOperation({ summary: 'Every open action past its due date, oldest first, for the coordinator to chase' })
  @ApiOkResponse({ type: [MaracAction] })
  async overdue() {
    const now = this.clock.now();
    // `isOverdue` (London dates) is the rule; the query only narrows: London is never behind UTC.
    const candidates = await this.dataSource.manager.find(MaracAction, {
      where: { status: Not(In(['done', 'cancelled'])), dueDate: LessThanOrEqual(now.toISOString().slice(0, 10)) },
      order: { dueDate: 'ASC' },
      take: 500,
    });
    return candidates.filter((action) => isOverdue(action, now)).map((action) => ({ ...action, overdue: true }));
  }

  @Patch('actions/:id')
  @Roles(...MARAC_PARTNERS)
  @ApiOperation({ summary: "Update an action's status" })
  @ApiOkResponse({ type: MaracAction })
  @ApiNotFoundResponse({ description: 'No such action' })
  updateStatus(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateActionStatusDto,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const action = await manager.findOneBy(MaracAction, { id });
      if (!action) throw new NotFoundException(`No action ${id}`);
      Object.assign(action, { status: body.status, updatedAt: this.clock.now() });
      await manager.save(action);
      await this.audit.record(
        user,
        {
          action: 'marac.action-status',
          subjectType: 'marac-referral',
          subjectId: action.referralId,
          reason: body.status,
        },
        manager,
      );
      return { ...action, overdue: isOverdue(action, this.clock.now()) };
    });
  }
}
