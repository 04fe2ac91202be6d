import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Domestic abuse between one victim and one perpetrator, across every incident police know of:
 * how many, first and last, and the latest DASH risk assessment where one was completed.
 */
@Entity({ name: 'domestic_abuse_histories' })
@Index('domestic_abuse_histories_pair_key', ['victimId', 'perpetratorId'], { unique: true })
@Index('domestic_abuse_histories_perpetrator_idx', ['perpetratorId'])
export class DomesticAbuseHistory {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'victim_id', type: 'uuid' })
  victimId!: string;

  @Column({ name: 'perpetrator_id', type: 'uuid' })
  perpetratorId!: string;

  @Column({ name: 'first_incident_on', type: 'date' })
  firstIncidentOn!: string;

  @Column({ name: 'last_incident_on', type: 'date' })
  lastIncidentOn!: string;

  @Column({ name: 'incident_count', type: 'integer' })
  incidentCount!: number;

  /** Count of "yes" answers on the latest SafeLives DASH checklist (0-24), when completed. */
  @Column({ name: 'dash_score', type: 'smallint', nullable: true })
  dashScore!: number | null;

  @Column({ name: 'dash_completed_on', type: 'date', nullable: true })
  dashCompletedOn!: string | null;
}
