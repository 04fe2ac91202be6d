import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Pupil } from './pupil.entity';

/**
 * A concern the school's DSL logged about a pupil: a factual summary, not the full chronology.
 * A restricted concern (for instance one under police investigation) is never shared automatically.
 */
@Entity({ name: 'safeguarding_concerns' })
@Index('safeguarding_concerns_pupil_idx', ['pupilId', 'loggedOn'])
export class SafeguardingConcern {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'pupil_id', type: 'uuid' })
  pupilId!: string;

  @ManyToOne(() => Pupil, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pupil_id', foreignKeyConstraintName: 'safeguarding_concerns_pupil_fk' })
  pupil?: Pupil;

  @Column({ name: 'logged_on', type: 'date' })
  loggedOn!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'boolean', default: false })
  restricted!: boolean;

  @Column({ name: 'restriction_reason', type: 'text', nullable: true })
  restrictionReason!: string | null;
}
