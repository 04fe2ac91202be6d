import { AvailabilityWindowV1, StrategyAttendeeV1 } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InvitedParticipant } from '../participants/participant-rules';

/** An invitation sent to one agency for one discussion, and its answer when it comes: confirmed (who, when) or declined (why). */
@Entity({ name: 'discussion_invitations' })
@Index('discussion_invitations_agency_key', ['discussionId', 'agency'], { unique: true })
export class DiscussionInvitation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'discussion_id', type: 'uuid' })
  discussionId!: string;

  @Column({ type: 'text' })
  agency!: InvitedParticipant;

  @Column({ name: 'invited_at', type: 'timestamptz' })
  invitedAt!: Date;

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
