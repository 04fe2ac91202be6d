import { AvailabilityWindowV1, StrategyAttendeeV1, StrategyDiscussionInvitedV1 } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type InvitationStatus = 'awaiting-confirmation' | 'confirmed' | 'declined';
export const INVITATION_STATUSES: readonly InvitationStatus[] = ['awaiting-confirmation', 'confirmed', 'declined'];

/**
 * A strategy discussion invitation as this agency received it, and its answer: who it is sending
 * (confirmed), or why it is not (declined). One answer stands at a time; a later one replaces it.
 */
@Entity({ name: 'strategy_invitations' })
@Index('strategy_invitations_status_idx', ['status', 'dueBy'])
export class ReceivedStrategyInvitation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'discussion_id', type: 'uuid' })
  discussionId!: string;

  @Column({ name: 'case_reference', type: 'text' })
  caseReference!: string;

  @Column({ type: 'jsonb' })
  invitation!: StrategyDiscussionInvitedV1;

  @Column({ type: 'text' })
  status!: InvitationStatus;

  @Column({ name: 'due_by', type: 'timestamptz' })
  dueBy!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  attendee!: StrategyAttendeeV1 | null;

  @Column({ type: 'jsonb', nullable: true })
  availability!: AvailabilityWindowV1[] | null;

  @Column({ name: 'confirmed_by', type: 'text', nullable: true })
  confirmedBy!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'declined_by', type: 'text', nullable: true })
  declinedBy!: string | null;

  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt!: Date | null;
}
