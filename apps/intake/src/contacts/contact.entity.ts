import { ContactDetailsV1 } from '@frontdoor/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A contact exactly as it was received. Intake never edits it: screening works on its own copy. */
@Entity({ name: 'contacts' })
@Index('contacts_submitted_by_organisation_idx', ['submittedByOrganisation', 'receivedAt'])
export class Contact {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('contacts_reference_key', { unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'source_type', type: 'text' })
  sourceType!: string;

  @Column({ name: 'cin_referral_source', type: 'text' })
  cinReferralSource!: string;

  @Column({ name: 'submitted_by_subject', type: 'text' })
  submittedBySubject!: string;

  @Column({ name: 'submitted_by_organisation', type: 'text' })
  submittedByOrganisation!: string;

  @Column({ name: 'submitted_by_agency', type: 'text' })
  submittedByAgency!: string;

  /** Ids given to each child, in the order submitted; screening links them to its person index. */
  @Column({ name: 'child_ids', type: 'uuid', array: true })
  childIds!: string[];

  @Column({ type: 'jsonb' })
  details!: ContactDetailsV1;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
