import { AuditTrail } from '@frontdoor/audit';
import { Agency } from '@frontdoor/auth';
import {
  ContractViolationError,
  EventEnvelope,
  PartnerAgency,
  StrategyAttendanceConfirmedV1,
  StrategyInvitationDeclinedV1,
} from '@frontdoor/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StrategyDiscussion } from '../discussions/strategy-discussion.entity';
import { AGENCY_OF } from '../participants/participant-rules';
import { earliestCommonSlot } from '../slots/earliest-slot';
import { Clock, STRATEGY_CLOCK, StrategyPolicy } from '../strategy-policy';
import { DiscussionInvitation } from './discussion-invitation.entity';

/** What every agency answer carries, confirmation or decline. */
interface AgencyAnswer {
  invitationId: string;
  discussionId: string;
  agency: PartnerAgency;
}

/**
 * Records each agency's answer to its invitation: the attendee and availability it confirmed, or
 * that it declined and why. One answer stands per invitation and the newest wins, whichever topic
 * it came on (the two topics are not ordered with each other). Once every agency that has not
 * declined has confirmed, proposes the earliest slot they can all make (within office hours, from now).
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
    await this.answer(manager, envelope, new Date(confirmed.confirmedAt), confirmed.confirmedBy, {
      answer: {
        attendee: confirmed.attendee,
        availability: confirmed.availability,
        confirmedBy: confirmed.confirmedBy,
        confirmedAt: new Date(confirmed.confirmedAt),
        declineReason: null,
        declinedBy: null,
        declinedAt: null,
      },
      action: 'strategy-discussion.attendance-confirmed',
      reason: `${confirmed.agency} attendee confirmed`,
    });
  }

  async recordDecline(manager: EntityManager, envelope: EventEnvelope<StrategyInvitationDeclinedV1>): Promise<void> {
    const declined = envelope.payload;
    await this.answer(manager, envelope, new Date(declined.declinedAt), declined.declinedBy, {
      answer: {
        attendee: null,
        availability: null,
        confirmedBy: null,
        confirmedAt: null,
        declineReason: declined.reason,
        declinedBy: declined.declinedBy,
        declinedAt: new Date(declined.declinedAt),
      },
      action: 'strategy-discussion.invitation-declined',
      reason: `${declined.agency} declined`,
    });
  }

  private async answer(
    manager: EntityManager,
    envelope: EventEnvelope<AgencyAnswer>,
    answeredAt: Date,
    answeredBy: string,
    change: { answer: Partial<DiscussionInvitation>; action: string; reason: string },
  ): Promise<void> {
    const answer = envelope.payload;
    const invitation = await manager.findOne(DiscussionInvitation, {
      where: { id: answer.invitationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (
      !invitation ||
      invitation.discussionId !== answer.discussionId ||
      AGENCY_OF[invitation.agency] !== answer.agency
    ) {
      // Never retried: it cannot become valid. The dead-letter topic keeps it for a person to look at.
      throw new ContractViolationError(envelope.type, [
        { field: 'payload.invitationId', messages: ['no such invitation to this agency for this discussion'] },
      ]);
    }
    const standing = invitation.confirmedAt ?? invitation.declinedAt;
    if (standing && standing.getTime() >= answeredAt.getTime()) return; // stale: a newer answer stands
    Object.assign(invitation, change.answer);
    await manager.save(invitation);
    await this.audit.record(
      { subject: answeredBy, roles: [], agency: answer.agency as unknown as Agency, organisation: answer.agency },
      {
        action: change.action,
        subjectType: 'strategy-discussion',
        subjectId: answer.discussionId,
        reason: change.reason,
      },
      manager,
    );
    const discussion = await manager.findOne(StrategyDiscussion, {
      where: { id: answer.discussionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!discussion || discussion.outcome) return;
    await this.proposeSlot(manager, discussion);
  }

  /** Runs the slot search when every agency still coming has confirmed; stores the proposal (or "none"). */
  async proposeSlot(manager: EntityManager, discussion: StrategyDiscussion): Promise<void> {
    const invitations = await manager.findBy(DiscussionInvitation, { discussionId: discussion.id });
    // An agency that declined is not waited for; the chair sees who declined and why.
    const attending = invitations.filter((invitation) => !invitation.declinedAt);
    const proposal = earliestCommonSlot({
      now: this.clock.now(),
      dueBy: discussion.dueBy,
      durationMinutes: this.policy.slotMinutes,
      required: attending.map((i) => i.agency),
      availability: Object.fromEntries(attending.map((i) => [i.agency, i.availability ?? []])),
      calendar: this.policy.calendar,
      officeClose: this.policy.due.officeClose,
    });
    Object.assign(discussion, {
      slotSearchedAt: proposal.kind === 'awaiting' ? null : this.clock.now(),
      proposedSlotStart: proposal.kind === 'slot' ? proposal.start : null,
      proposedSlotEnd: proposal.kind === 'slot' ? proposal.end : null,
      proposedSlotWithinDue: proposal.kind === 'slot' ? proposal.withinDue : null,
    });
    await manager.save(discussion);
  }
}
