import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { ConcernCategory, Rag, STRATEGY_INVITATION_TOPICS, StrategyReason } from '@frontdoor/contracts';
import { OutboxWriter } from '@frontdoor/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DiscussionInvitation } from '../attendance/discussion-invitation.entity';
import { AGENCY_OF, invitedParticipants, requiredParticipants } from '../participants/participant-rules';
import { Clock, STRATEGY_CLOCK, StrategyPolicy } from '../strategy-policy';
import { discussionDueBy } from './discussion-deadline';
import { DiscussionChild, DiscussionReferrer, StrategyDiscussion } from './strategy-discussion.entity';

export interface OpenDiscussionInput {
  caseId: string;
  caseReference: string;
  origin: StrategyDiscussion['origin'];
  reason: StrategyReason;
  rag: Rag;
  concernCategories: ConcernCategory[];
  rationale: string;
  children: DiscussionChild[];
  referrer: DiscussionReferrer;
  /** When the discussion was asked for: the due time counts from here. */
  askedAt: Date;
  requestedBy: string;
  previous?: StrategyDiscussion;
  /** A due time the chair set (a further meeting); otherwise the policy's. */
  dueBy?: Date;
}

/**
 * One use case for every way a discussion starts (a screening decision, a manual request, a
 * further meeting): work out who must take part and when it is due, record it, and invite each
 * agency on its own topic through the outbox, in the caller's transaction.
 */
@Injectable()
export class OpenDiscussionHandler {
  constructor(
    private readonly policy: StrategyPolicy,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    @Inject(STRATEGY_CLOCK) private readonly clock: Clock,
  ) {}

  /** The first discussion on a case, if there is one already (a decision delivered or sent twice). */
  firstOnCase(manager: EntityManager, caseId: string): Promise<StrategyDiscussion | null> {
    return manager.findOneBy(StrategyDiscussion, { caseId, sequence: 1 });
  }

  async open(
    manager: EntityManager,
    actor: AuthenticatedUser,
    input: OpenDiscussionInput,
    correlationId?: string,
  ): Promise<StrategyDiscussion> {
    const participants = requiredParticipants({
      referrerSourceType: input.referrer.sourceType,
      children: input.children,
      on: input.askedAt,
    });
    const now = this.clock.now();
    const discussion = manager.create(StrategyDiscussion, {
      id: randomUUID(),
      caseId: input.caseId,
      sequence: input.previous ? input.previous.sequence + 1 : 1,
      previousDiscussionId: input.previous?.id ?? null,
      caseReference: input.caseReference,
      origin: input.origin,
      reason: input.reason,
      rag: input.rag,
      concernCategories: input.concernCategories,
      rationale: input.rationale,
      children: input.children,
      referrer: input.referrer,
      participants,
      requestedBy: input.requestedBy,
      createdAt: now,
      dueBy:
        input.dueBy ?? discussionDueBy(input.askedAt, input.rag, input.reason, this.policy.calendar, this.policy.due),
      proposedSlotStart: null,
      proposedSlotEnd: null,
      proposedSlotWithinDue: null,
      slotSearchedAt: null,
      outcome: null,
      outcomeRationale: null,
      agencyViews: null,
      heldAt: null,
      outcomeRecordedBy: null,
      outcomeRecordedAt: null,
      icpcDueDate: null,
      recordDueBy: null,
      recordCirculatedAt: null,
      recordCirculatedBy: null,
      recordCirculatedTo: null,
    });
    await manager.insert(StrategyDiscussion, discussion);
    for (const agency of invitedParticipants(participants)) {
      const invitation = manager.create(DiscussionInvitation, {
        id: randomUUID(),
        discussionId: discussion.id,
        agency,
        invitedAt: now,
        attendee: null,
        availability: null,
        confirmedBy: null,
        confirmedAt: null,
        declineReason: null,
        declinedBy: null,
        declinedAt: null,
      });
      await manager.insert(DiscussionInvitation, invitation);
      // Only what the agency needs to attend and prepare: no rationale, identifiers or addresses.
      await this.outbox.add(
        manager,
        STRATEGY_INVITATION_TOPICS[AGENCY_OF[agency]],
        discussion.id,
        {
          invitationId: invitation.id,
          discussionId: discussion.id,
          agency: AGENCY_OF[agency],
          caseReference: discussion.caseReference,
          children: discussion.children.map(({ firstName, lastName, dateOfBirth }) => ({
            firstName,
            lastName,
            ...(dateOfBirth && { dateOfBirth }),
          })),
          reason: discussion.reason,
          concernCategories: discussion.concernCategories,
          dueBy: discussion.dueBy.toISOString(),
          invitedAt: now.toISOString(),
        },
        correlationId,
      );
    }
    await this.audit.record(
      actor,
      {
        action: 'strategy-discussion.created',
        subjectType: 'strategy-discussion',
        subjectId: discussion.id,
        reason: `${input.origin}: ${input.reason}`,
      },
      manager,
    );
    return discussion;
  }
}
