import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface ChildInHousehold {
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
}

/**
 * A MARAC referral, eligible or not: an incident that meets no criterion is recorded as
 * "not-eligible" with its reasons, never dropped. One per police incident (idempotency).
 */
@Entity({ name: 'marac_referrals' })
@Index('marac_referrals_incident_key', ['incidentId'], { unique: true, where: 'incident_id IS NOT NULL' })
@Index('marac_referrals_pair_idx', ['pairKey', 'referredAt'])
@Index('marac_referrals_meeting_idx', ['meetingId'])
export class MaracReferral {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  source!: 'police-incident' | 'partner';

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId!: string | null;

  @Column({ name: 'police_reference', type: 'text', nullable: true })
  policeReference!: string | null;

  @Column({ type: 'text' })
  status!: 'referred' | 'not-eligible';

  @Column({ name: 'criteria_met', type: 'text', array: true })
  criteriaMet!: string[];

  @Column({ type: 'text', array: true })
  reasons!: string[];

  @Column({ name: 'is_repeat', type: 'boolean' })
  isRepeat!: boolean;

  @Column({ name: 'previous_referral_id', type: 'uuid', nullable: true })
  previousReferralId!: string | null;

  @Column({ name: 'victim_first_name', type: 'text' })
  victimFirstName!: string;

  @Column({ name: 'victim_last_name', type: 'text' })
  victimLastName!: string;

  @Column({ name: 'victim_date_of_birth', type: 'date', nullable: true })
  victimDateOfBirth!: string | null;

  @Column({ name: 'perpetrator_first_name', type: 'text' })
  perpetratorFirstName!: string;

  @Column({ name: 'perpetrator_last_name', type: 'text' })
  perpetratorLastName!: string;

  @Column({ name: 'perpetrator_date_of_birth', type: 'date', nullable: true })
  perpetratorDateOfBirth!: string | null;

  /** Normalised names and dates of birth of the pair; matches repeats across spellings and sources. */
  @Column({ name: 'pair_key', type: 'text', nullable: true })
  pairKey!: string | null;

  @Column({ name: 'children_in_household', type: 'jsonb' })
  childrenInHousehold!: ChildInHousehold[];

  @Column({ name: 'referring_agency', type: 'text' })
  referringAgency!: string;

  @Column({ name: 'referred_by', type: 'text' })
  referredBy!: string;

  @Column({ name: 'dash_yes_count', type: 'int', nullable: true })
  dashYesCount!: number | null;

  @Column({ name: 'professional_judgement_reason', type: 'text', nullable: true })
  professionalJudgementReason!: string | null;

  @Column({ name: 'call_outs_in_last_12_months', type: 'int', nullable: true })
  callOutsInLast12Months!: number | null;

  /** Restricted: shown only to the IDVA (da-advisor) and police, never in anyone else's agenda. */
  @Column({ name: 'victim_safe_address', type: 'text', nullable: true })
  victimSafeAddress!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'referred_at', type: 'timestamptz' })
  referredAt!: Date;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @Column({ name: 'idva_subject', type: 'text', nullable: true })
  idvaSubject!: string | null;

  @Column({ name: 'idva_name', type: 'text', nullable: true })
  idvaName!: string | null;

  @Column({ name: 'idva_allocated_at', type: 'timestamptz', nullable: true })
  idvaAllocatedAt!: Date | null;
}
