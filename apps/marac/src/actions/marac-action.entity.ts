import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One line of a case's action plan agreed at the meeting: who does what by when. */
@Entity({ name: 'marac_actions' })
@Index('marac_actions_referral_idx', ['referralId'])
export class MaracAction {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ name: 'owner_agency', type: 'text' })
  ownerAgency!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  status!: ActionStatus;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
