import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const POLICE_INCIDENT_TYPES = [
  'domestic-abuse',
  'assault',
  'missing-person',
  'concern-for-welfare',
  'antisocial-behaviour',
] as const;
export type PoliceIncidentType = (typeof POLICE_INCIDENT_TYPES)[number];

export const INCIDENT_ROLES = [
  'victim',
  'suspect',
  'witness',
  'child-present',
  'child-resident',
  'missing-person',
  'subject-of-concern',
] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

/** An incident police attended or recorded. */
@Entity({ name: 'incidents' })
@Index('incidents_reference_key', ['reference'], { unique: true })
@Index('incidents_occurred_at_idx', ['occurredAt'])
export class Incident {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The incident log reference, e.g. "GMP-20260914-0042". */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  type!: PoliceIncidentType;

  /**
   * Where it happened, as the officer recorded it. Never shared as such. Null when a PPN did not
   * say (the officer may leave it out, e.g. when the victim has since moved somewhere safe).
   */
  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ name: 'location_postcode', type: 'text', nullable: true })
  locationPostcode!: string | null;
}

/** A person involved in an incident, in one role (a person may hold two, e.g. victim and witness). */
@Entity({ name: 'incident_people' })
@Index('incident_people_person_idx', ['personId'])
export class IncidentPerson {
  @PrimaryColumn({ name: 'incident_id', type: 'uuid' })
  incidentId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: IncidentRole;
}
