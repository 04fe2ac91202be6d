import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Pupil } from './pupil.entity';

export type ExclusionKind = 'suspension' | 'permanent';

const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A suspension (fixed-period exclusion) or a permanent exclusion, with the DfE reason category. */
@Entity({ name: 'exclusions' })
@Index('exclusions_pupil_idx', ['pupilId', 'startsOn'])
export class Exclusion {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'pupil_id', type: 'uuid' })
  pupilId!: string;

  @ManyToOne(() => Pupil, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pupil_id', foreignKeyConstraintName: 'exclusions_pupil_fk' })
  pupil?: Pupil;

  @Column({ type: 'text' })
  kind!: ExclusionKind;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  /** School days, in halves; null for a permanent exclusion. */
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: numeric })
  days!: number | null;

  @Column({ type: 'text' })
  reason!: string;
}
