import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const INVESTIGATION_STATUSES = ['open', 'closed'] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

export const INVESTIGATION_ROLES = ['suspect', 'victim', 'witness'] as const;
export type InvestigationRole = (typeof INVESTIGATION_ROLES)[number];

/**
 * A police investigation. An operationally sensitive one is never shared: it is withheld with the
 * reason "operationally sensitive", its reference and summary are restricted values, and a request
 * about anyone in it waits for a police officer's review.
 */
@Entity({ name: 'investigations' })
@Index('investigations_reference_key', ['reference'], { unique: true })
export class Investigation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  reference!: string;

  /** The offence under investigation, e.g. "assault occasioning actual bodily harm". */
  @Column({ type: 'text' })
  offence!: string;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ type: 'text' })
  status!: InvestigationStatus;

  @Column({ type: 'boolean' })
  sensitive!: boolean;

  /** What can be said about it when it is not sensitive: facts, not opinion. */
  @Column({ type: 'text' })
  summary!: string;
}

@Entity({ name: 'investigation_people' })
@Index('investigation_people_person_idx', ['personId'])
export class InvestigationPerson {
  @PrimaryColumn({ name: 'investigation_id', type: 'uuid' })
  investigationId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  role!: InvestigationRole;
}
