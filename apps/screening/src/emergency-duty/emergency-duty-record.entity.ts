import { EmergencyDutyAction } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One entry of what the emergency duty team did for a case out of hours; never edited. */
@Entity({ name: 'emergency_duty_records' })
@Index('emergency_duty_records_case_idx', ['caseId', 'recordedAt'])
export class EmergencyDutyRecord {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text', array: true })
  actions!: EmergencyDutyAction[];

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
