import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type DeadlineKind = 'information-request-response';

/**
 * A clock that is running: written in the same transaction as the change that starts it, so it
 * survives any restart, and fired at most once by whichever replica claims it first.
 */
@Entity({ name: 'deadlines' })
@Index('deadlines_due_idx', ['dueAt'], { where: 'fired_at IS NULL' })
export class Deadline {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  kind!: DeadlineKind;

  /** The id of what the deadline is about (e.g. an information request). */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'fired_at', type: 'timestamptz', nullable: true })
  firedAt!: Date | null;
}
