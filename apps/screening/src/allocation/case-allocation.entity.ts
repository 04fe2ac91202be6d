import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Who a case is with now: one row per allocated case. Each allocation and move is also in the
 * audit trail (who moved it, from whom, to whom, why), so this row holds only the present.
 */
@Entity({ name: 'case_allocations' })
@Index('case_allocations_screener_idx', ['screenerSubject'])
export class CaseAllocation {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'screener_subject', type: 'text' })
  screenerSubject!: string;

  @Column({ name: 'allocated_by', type: 'text' })
  allocatedBy!: string;

  @Column({ name: 'allocated_at', type: 'timestamptz' })
  allocatedAt!: Date;
}
