import { AuditTrail } from '@frontdoor/audit';
import { Agency } from '@frontdoor/auth';
import { ContractViolationError, EventEnvelope, StrategyAttendanceConfirmedV1 } from '@frontdoor/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StrategyDiscussion } from '../discussions/strategy-discussion.entity';
import { AGENCY_OF } from '../participants/participant-rules';
import { earliestCommonSlot } from '../slots/earliest-slot';
import { Clock, STRATEGY_CLOCK, StrategyPolicy } from '../strategy-policy';
import { DiscussionInvitation } from './discussion-invitation.entity';

/**
 * Records an agency's confirmed attendee and availability, and once every invited agency has
 * confirmed, proposes the earliest slot they can all make (within office hours, from now).
 */
@Injectable()
export class RecordAttendanceHandler {
  constructor(
    private readonly policy: StrategyPolicy,
    private readonly audit: AuditTrail,
    @Inject(STRATEGY_CLOCK) private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, envelope: EventEnvelope<StrategyAttendanceConfirmedV1>): Promise<void> {
    const confirmed = envelope.payload;
    const invitation = await manager.findOne(DiscussionInvitation, {
      where: { id: confirmed.invitationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (
      !invitation ||
      invitation.discussionId !== confirmed.discussionId ||
      AGENCY_OF[invitation.agency] !== confirmed.agency
    ) {
      // Never retried: it cannot become valid. The dead-letter topic keeps it for a person to look at.
      throw new ContractViolationError(envelope.type, [
        { field: 'payload.invitationId', messages: ['no such invitation to this agency for this discussion'] },
      ]);
    }
    const confirmedAt = new Date(confirmed.confirmedAt);
    if (invitation.confirmedAt && invitation.confirmedAt.getTime() >= confirmedAt.getTime()) return; // stale
    Object.assign(invitation, {
      attendee: confirmed.attendee,
      availability: confirmed.availability,
      confirmedBy: confirmed.confirmedBy,
      confirmedAt,
    });
    await manager.save(invitation);
    await this.audit.record(
      {
        subject: confirmed.confirmedBy,
        roles: [],
        agency: confirmed.agency as unknown as Agency,
        organisation: confirmed.agency,
      },
      {
        action: 'strategy-discussion.attendance-confirmed',
        subjectType: 'strategy-discussion',
        subjectId: confirmed.discussionId,
        reason: `${confirmed.agency} attendee confirmed`,
      },
      manager,
    );
    const discussion = await manager.findOne(StrategyDiscussion, {
      where: { id: confirmed.discussionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!discussion || discussion.outcome) return;
    await this.proposeSlot(manager, discussion);
  }

  /** Runs the slot search when every invited agency has confirmed; stores the proposal (or "none"). */
  async proposeSlot(manager: EntityManager, discussion: StrategyDiscussion): Promise<void> {
    const invitations = await manager.findBy(DiscussionInvitation, { discussionId: discussion.id });
    const proposal = earliestCommonSlot({
      now: this.clock.now(),
      dueBy: discussion.dueBy,
      durationMinutes: this.policy.slotMinutes,
      required: invitations.map((i) => i.agency),
      availability: Object.fromEntries(invitations.map((i) => [i.agency, i.availability ?? []])),
      calendar: this.policy.calendar,
      officeClose: this.policy.due.officeClose,
    });
    if (proposal.kind === 'awaiting') return;
    Object.assign(discussion, {
      slotSearchedAt: this.clock.now(),
      proposedSlotStart: proposal.kind === 'slot' ? proposal.start : null,
      proposedSlotEnd: proposal.kind === 'slot' ? proposal.end : null,
      proposedSlotWithinDue: proposal.kind === 'slot' ? proposal.withinDue : null,
    });
    await manager.save(discussion);
  }
}
