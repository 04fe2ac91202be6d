import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OpenDiscussionHandler } from '../discussions/open-discussion.handler';
import { StrategyDiscussion } from '../discussions/strategy-discussion.entity';
import { Clock, STRATEGY_CLOCK, StrategyPolicy } from '../strategy-policy';
import { RecordCirculatedDto, RecordOutcomeDto } from './dto/record-outcome.dto';
import { StrategyOutcome, icpcDueDate, outcomeProblems, recordDueBy, startsS47 } from './outcome-rules';

function badRequest(title: string, problems: string[]): BadRequestException {
  return new BadRequestException({
    title,
    detail: problems.join('; '),
    errors: problems.map((problem) => {
      const [field, ...rest] = problem.split(': ');
      return { field, messages: [rest.join(': ')] };
    }),
  });
}

/**
 * The chair's use cases after a discussion: record the outcome with every participant's view
 * (starting the ICPC clock on s47, opening a further discussion when one is needed), and record
 * that the record went to the participants.
 */
@Injectable()
export class RecordOutcomeHandler {
  constructor(
    private readonly policy: StrategyPolicy,
    private readonly openDiscussion: OpenDiscussionHandler,
    private readonly audit: AuditTrail,
    @Inject(STRATEGY_CLOCK) private readonly clock: Clock,
  ) {}

  async recordOutcome(
    manager: EntityManager,
    chair: AuthenticatedUser,
    id: string,
    body: RecordOutcomeDto,
  ): Promise<StrategyDiscussion> {
    const discussion = await this.locked(manager, id);
    if (discussion.outcome) {
      throw new ConflictException({ title: 'Outcome already recorded', detail: `Discussion ${id} has an outcome.` });
    }
    const now = this.clock.now();
    const heldAt = body.heldAt ? new Date(body.heldAt) : now;
    const problems = outcomeProblems(
      body.outcome,
      body.views,
      discussion.participants.map((p) => p.participant),
    );
    if (heldAt.getTime() > now.getTime()) problems.push('heldAt: must not be in the future');
    if (heldAt.getTime() < discussion.createdAt.getTime()) {
      problems.push('heldAt: must not be before the discussion was asked for');
    }
    const furtherBy = body.furtherMeetingBy ? new Date(body.furtherMeetingBy) : undefined;
    if (furtherBy && body.outcome !== StrategyOutcome.FurtherStrategyMeeting) {
      problems.push('furtherMeetingBy: only for a further strategy meeting');
    }
    if (furtherBy && furtherBy.getTime() <= now.getTime()) problems.push('furtherMeetingBy: must be in the future');
    if (problems.length > 0) throw badRequest('Outcome cannot be recorded', problems);

    Object.assign(discussion, {
      outcome: body.outcome,
      outcomeRationale: body.rationale,
      agencyViews: body.views.map((v) => ({ ...v })),
      heldAt,
      outcomeRecordedBy: chair.subject,
      outcomeRecordedAt: now,
      recordDueBy: recordDueBy(heldAt, this.policy.calendar, this.policy.recordCirculationWorkingDays),
      // From this, the last discussion: a further meeting stops the clock until the next one decides.
      icpcDueDate: startsS47(body.outcome)
        ? icpcDueDate(heldAt, this.policy.calendar, this.policy.icpcWorkingDays)
        : null,
    });
    await manager.save(discussion);
    await this.audit.record(
      chair,
      {
        action: 'strategy-discussion.outcome-recorded',
        subjectType: 'strategy-discussion',
        subjectId: id,
        reason: body.outcome,
      },
      manager,
    );
    if (body.outcome === StrategyOutcome.FurtherStrategyMeeting) {
      await this.openDiscussion.open(manager, chair, {
        caseId: discussion.caseId,
        caseReference: discussion.caseReference,
        origin: 'further-meeting',
        reason: discussion.reason,
        rag: discussion.rag,
        concernCategories: discussion.concernCategories,
        rationale: discussion.rationale,
        children: discussion.children,
        referrer: discussion.referrer,
        askedAt: now,
        requestedBy: chair.subject,
        previous: discussion,
        dueBy: furtherBy,
      });
    }
    return discussion;
  }

  async recordCirculated(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    body: RecordCirculatedDto,
  ): Promise<StrategyDiscussion> {
    const discussion = await this.locked(manager, id);
    if (!discussion.outcome) {
      throw new ConflictException({
        title: 'Not held yet',
        detail: 'The record can be circulated once the outcome of the discussion is recorded.',
      });
    }
    if (discussion.recordCirculatedAt) {
      throw new ConflictException({ title: 'Already circulated', detail: `The record of ${id} has been circulated.` });
    }
    const participants = discussion.participants.map((p) => p.participant as string);
    const outsiders = body.circulatedTo.filter((p) => !participants.includes(p));
    if (outsiders.length > 0) {
      throw badRequest(
        'Record goes to participants only',
        outsiders.map((p) => `circulatedTo: ${p} is not a participant`),
      );
    }
    Object.assign(discussion, {
      recordCirculatedAt: this.clock.now(),
      recordCirculatedBy: user.subject,
      recordCirculatedTo: [...new Set(body.circulatedTo)],
    });
    await manager.save(discussion);
    await this.audit.record(
      user,
      {
        action: 'strategy-discussion.record-circulated',
        subjectType: 'strategy-discussion',
        subjectId: id,
        reason: `to ${body.circulatedTo.join(', ')}`,
      },
      manager,
    );
    return discussion;
  }

  private async locked(manager: EntityManager, id: string): Promise<StrategyDiscussion> {
    const discussion = await manager.findOne(StrategyDiscussion, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!discussion) throw new NotFoundException(`No strategy discussion ${id}`);
    return discussion;
  }
}
