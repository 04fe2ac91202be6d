import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A patient's registration with a GP practice, current (registeredTo null) or past. */
@Entity({ name: 'gp_registrations' })
@Index('gp_registrations_patient_idx', ['patientId', 'registeredFrom'])
export class GpRegistration {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @Column({ name: 'practice_name', type: 'text' })
  practiceName!: string;

  /** The practice's ODS code, e.g. 'P91004'. */
  @Column({ name: 'ods_code', type: 'text' })
  odsCode!: string;

  @Column({ name: 'registered_from', type: 'date' })
  registeredFrom!: string;

  @Column({ name: 'registered_to', type: 'date', nullable: true })
  registeredTo!: string | null;
}
