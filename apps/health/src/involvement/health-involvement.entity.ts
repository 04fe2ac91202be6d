import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const HEALTH_SERVICES = [
  'health-visiting',
  'school-nursing',
  'camhs',
  'maternity',
  'sexual-health',
  'gender-identity',
] as const;
export type HealthService = (typeof HEALTH_SERVICES)[number];

/** Services whose records are always restricted, whatever the flag on the row says. */
export const ALWAYS_RESTRICTED_SERVICES: readonly HealthService[] = ['sexual-health', 'gender-identity'];

export type InvolvementStatus = 'open' | 'closed';

/**
 * A health service's involvement with a patient: health visiting (under-5s), school nursing
 * (5-19), CAMHS, maternity (an expectant mother, for her unborn baby), and clinics whose records
 * are restricted. A restricted record is never shared: the answer says one was withheld.
 */
@Entity({ name: 'health_involvements' })
@Index('health_involvements_patient_idx', ['patientId', 'startedOn'])
export class HealthInvolvement {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @Column({ type: 'text' })
  service!: HealthService;

  /** The team or clinic, e.g. 'Sale 0-19 Health Visiting Team'. */
  @Column({ type: 'text' })
  provider!: string;

  @Column({ type: 'text' })
  status!: InvolvementStatus;

  @Column({ name: 'lead_practitioner', type: 'text' })
  leadPractitioner!: string;

  @Column({ name: 'lead_practitioner_role', type: 'text' })
  leadPractitionerRole!: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  /** A clinical record that is not shared (sexual health, gender identity clinic, ...). */
  @Column({ type: 'boolean', default: false })
  restricted!: boolean;
}
