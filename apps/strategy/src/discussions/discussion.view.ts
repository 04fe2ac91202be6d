import { DiscussionInvitation } from '../attendance/discussion-invitation.entity';
import { isPastDate } from '../outcomes/outcome-rules';
import { StrategyDiscussion } from './strategy-discussion.entity';

export type DiscussionStatus = 'awaiting-confirmations' | 'slot-proposed' | 'no-common-slot' | 'outcome-recorded';

export function statusOf(discussion: StrategyDiscussion): DiscussionStatus {
  if (discussion.outcome) return 'outcome-recorded';
  if (discussion.proposedSlotStart) return 'slot-proposed';
  return discussion.slotSearchedAt ? 'no-common-slot' : 'awaiting-confirmations';
}

/** The deadline flags the front door watches; `overdue` is any of them. */
export function deadlinesOf(discussion: StrategyDiscussion, now: Date) {
  const discussionOverdue = !discussion.outcome && discussion.dueBy.getTime() < now.getTime();
  const recordCirculationOverdue =
    !!discussion.recordDueBy && !discussion.recordCirculatedAt && discussion.recordDueBy.getTime() < now.getTime();
  const icpcOverdue = !!discussion.icpcDueDate && isPastDate(discussion.icpcDueDate, now);
  return {
    discussionOverdue,
    recordCirculationOverdue,
    icpcOverdue,
    overdue: discussionOverdue || recordCirculationOverdue || icpcOverdue,
  };
}

/** One line on the front door's list: no names, just what needs doing and by when. */
export function discussionSummary(discussion: StrategyDiscussion, now: Date) {
  return {
    id: discussion.id,
    caseId: discussion.caseId,
    caseReference: discussion.caseReference,
    sequence: discussion.sequence,
    reason: discussion.reason,
    rag: discussion.rag,
    status: statusOf(discussion),
    dueBy: discussion.dueBy.toISOString(),
    proposedSlotStart: discussion.proposedSlotStart?.toISOString() ?? null,
    outcome: discussion.outcome,
    heldAt: discussion.heldAt?.toISOString() ?? null,
    recordDueBy: discussion.recordDueBy?.toISOString() ?? null,
    recordCirculatedAt: discussion.recordCirculatedAt?.toISOString() ?? null,
    icpcDueDate: discussion.icpcDueDate,
    ...deadlinesOf(discussion, now),
  };
}

/** The whole discussion, for the front door and police. */
export function discussionDetail(
  discussion: StrategyDiscussion,
  invitations: DiscussionInvitation[],
  now: Date,
  furtherDiscussionId: string | null,
) {
  const participants = discussion.participants.map((requirement) => {
    const invitation = invitations.find((i) => i.agency === requirement.participant);
    return {
      ...requirement,
      invitationId: invitation?.id ?? null,
      // The chair's own service is not invited; it hosts.
      confirmed: requirement.role === 'chair' || !!invitation?.confirmedAt,
      attendee: invitation?.attendee ?? null,
      availability: invitation?.availability ?? null,
      confirmedAt: invitation?.confirmedAt?.toISOString() ?? null,
      declined: !!invitation?.declinedAt,
      declineReason: invitation?.declineReason ?? null,
      declinedAt: invitation?.declinedAt?.toISOString() ?? null,
    };
  });
  return {
    ...discussionSummary(discussion, now),
    previousDiscussionId: discussion.previousDiscussionId,
    furtherDiscussionId,
    origin: discussion.origin,
    concernCategories: discussion.concernCategories,
    rationale: discussion.rationale,
    children: discussion.children,
    referrer: discussion.referrer,
    requestedBy: discussion.requestedBy,
    createdAt: discussion.createdAt.toISOString(),
    participants,
    allConfirmed: participants.every((p) => p.confirmed),
    // Every invited agency has said whether it comes: confirmed or declined.
    allAnswered: participants.every((p) => p.confirmed || p.declined),
    proposedSlot: discussion.proposedSlotStart
      ? {
          start: discussion.proposedSlotStart.toISOString(),
          end: discussion.proposedSlotEnd!.toISOString(),
          withinDue: discussion.proposedSlotWithinDue,
        }
      : null,
    outcomeRecord: discussion.outcome
      ? {
          outcome: discussion.outcome,
          rationale: discussion.outcomeRationale,
          views: discussion.agencyViews,
          heldAt: discussion.heldAt!.toISOString(),
          recordedBy: discussion.outcomeRecordedBy,
          recordedAt: discussion.outcomeRecordedAt!.toISOString(),
        }
      : null,
    icpc: discussion.icpcDueDate
      ? { dueDate: discussion.icpcDueDate, overdue: isPastDate(discussion.icpcDueDate, now) }
      : null,
    record: discussion.recordDueBy
      ? {
          dueBy: discussion.recordDueBy.toISOString(),
          circulatedAt: discussion.recordCirculatedAt?.toISOString() ?? null,
          circulatedBy: discussion.recordCirculatedBy,
          circulatedTo: discussion.recordCirculatedTo,
          overdue: deadlinesOf(discussion, now).recordCirculationOverdue,
        }
      : null,
  };
}
