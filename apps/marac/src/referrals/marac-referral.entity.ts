import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface ChildInHousehold {
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
  nhsNumber?: string;
  upn?: string;
  postcode?: string;
}

export const REFERRAL_SOURCES = ['police-incident', 'screening-decision', 'partner'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/**
 * A MARAC referral, eligible or not: an incident that meets no criterion is recorded as
 * "not-eligible" with its reasons, never dropped. One per police incident (idempotency).
 */
@Entity({ name: 'marac_referrals' })
@Index('marac_referrals_incident_key', ['incidentId'], { unique: true, where: 'incident_id IS NOT NULL' })
@Index('marac_referrals_screening_case_key', ['screeningCaseId'], {
  unique: true,
  where: 'screening_case_id IS NOT NULL',
})
@Index('marac_referrals_victim_born_idx', ['victimDateOfBirth'])
@Index('marac_referrals_victim_nhs_idx', ['victimNhsNumber'])
@Index('marac_referrals_victim_pnc_idx', ['victimPncId'])
@Index('marac_referrals_meeting_idx', ['meetingId'])
export class MaracReferral {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  source!: ReferralSource;

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId!: string | null;

  /** The front-door case whose decision made this referral (one referral per decided case). */
  @Column({ name: 'screening_case_id', type: 'uuid', nullable: true })
  screeningCaseId!: string | null;

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

  @Column({ name: 'victim_nhs_number', type: 'text', nullable: true })
  victimNhsNumber!: string | null;

  @Column({ name: 'victim_pnc_id', type: 'text', nullable: true })
  victimPncId!: string | null;

  @Column({ name: 'perpetrator_first_name', type: 'text' })
  perpetratorFirstName!: string;

  @Column({ name: 'perpetrator_last_name', type: 'text' })
  perpetratorLastName!: string;

  @Column({ name: 'perpetrator_date_of_birth', type: 'date', nullable: true })
  perpetratorDateOfBirth!: string | null;

  @Column({ name: 'perpetrator_nhs_number', type: 'text', nullable: true })
  perpetratorNhsNumber!: string | null;

  @Column({ name: 'perpetrator_pnc_id', type: 'text', nullable: true })
  perpetratorPncId!: string | null;

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
