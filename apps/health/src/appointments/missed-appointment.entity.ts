import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An appointment the patient missed. For a child it is recorded as "was not brought": a child
 * does not miss an appointment, the adults caring for them do not bring them.
 */
@Entity({ name: 'missed_appointments' })
@Index('missed_appointments_patient_idx', ['patientId', 'appointmentOn'])
export class MissedAppointment {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @Column({ name: 'appointment_on', type: 'date' })
  appointmentOn!: string;

  /** What the appointment was for, e.g. 'health visiting review', 'paediatric outpatients'. */
  @Column({ type: 'text' })
  service!: string;

  @Column({ name: 'was_not_brought', type: 'boolean' })
  wasNotBrought!: boolean;

  /** An appointment at a restricted clinic: never shared. */
  @Column({ type: 'boolean', default: false })
  restricted!: boolean;
}
