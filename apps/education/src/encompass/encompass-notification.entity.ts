import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Pupil } from '../pupils/pupil.entity';
import { School } from '../schools/school.entity';

/**
 * An Operation Encompass notification to a school: police attended a domestic abuse incident
 * involving one of its pupils. It holds what the school is told and no more (domain.md): that
 * police attended, their reference, the date and time, the child's name and date of birth, and the
 * relevant safeguarding information (the incident summary, with adults' names and postcodes
 * withheld). Never adults' details, the DASH answers or any address, the safe address included.
 *
 * One per incident and pupil: a republished incident never makes a second one.
 */
@Entity({ name: 'encompass_notifications' })
@Index('encompass_notifications_incident_pupil_key', ['incidentId', 'pupilId'], { unique: true })
@Index('encompass_notifications_school_idx', ['schoolUrn', 'dueAt'])
export class EncompassNotification {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The police incident (PoliceIncidentRecorded.incidentId); with pupilId, the idempotency key. */
  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId!: string;

  @Column({ name: 'police_reference', type: 'text' })
  policeReference!: string;

  /** When the incident happened (police attended). */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'pupil_id', type: 'uuid' })
  pupilId!: string;

  @ManyToOne(() => Pupil, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pupil_id', foreignKeyConstraintName: 'encompass_notifications_pupil_fk' })
  pupil?: Pupil;

  /** The school told: the pupil's school when the incident was received. */
  @Column({ name: 'school_urn', type: 'text' })
  schoolUrn!: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_urn', foreignKeyConstraintName: 'encompass_notifications_school_fk' })
  school?: School;

  /** The child as the school knows them (from the roll). */
  @Column({ name: 'child_first_name', type: 'text' })
  childFirstName!: string;

  @Column({ name: 'child_last_name', type: 'text' })
  childLastName!: string;

  @Column({ name: 'child_date_of_birth', type: 'date' })
  childDateOfBirth!: string;

  /** The relevant safeguarding information: the police summary, adults' names and postcodes withheld. */
  @Column({ name: 'safeguarding_information', type: 'text' })
  safeguardingInformation!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** Before the start of the next school day (encompassDueAt). */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'acknowledged_by_subject', type: 'text', nullable: true })
  acknowledgedBySubject!: string | null;

  @Column({ name: 'acknowledged_by_name', type: 'text', nullable: true })
  acknowledgedByName!: string | null;
}
