import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A child in a police incident whom no school roll holds (under school age, educated elsewhere, or
 * not matched safely), for the LA education officer to follow up with police. Nothing personal:
 * the incident, the child's position in it and why no school was told.
 */
@Entity({ name: 'encompass_unmatched' })
export class EncompassUnmatched {
  @PrimaryColumn({ name: 'incident_id', type: 'uuid' })
  incidentId!: string;

  /** 1 for the first child in the incident. */
  @PrimaryColumn({ name: 'child_position', type: 'smallint' })
  childPosition!: number;

  @Column({ name: 'police_reference', type: 'text' })
  policeReference!: string;

  /** Why no school was told; names no identifiers. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
