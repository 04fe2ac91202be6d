import type { DashAnswer, IncidentType } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A child as the officer named them on the PPN (police hold no NHS number or UPN otherwise). */
export interface NoticeChild {
  personId: string;
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
  nhsNumber?: string;
  upn?: string;
  present: boolean;
  postcode?: string;
  wordsAndViews?: string;
}

/**
 * The Public Protection Notice an officer submitted for an incident: what it said beyond the
 * incident record itself (the summary, the children as named, the DASH checklist and its result)
 * and who submitted it. A victim's safe address is NOT here: it lives on the victim's person
 * record only, where the records adapter treats it as a value that never leaves.
 */
@Entity({ name: 'public_protection_notices' })
@Index('public_protection_notices_recorded_at_idx', ['recordedAt'])
export class PublicProtectionNotice {
  @PrimaryColumn({ name: 'incident_id', type: 'uuid' })
  incidentId!: string;

  /** The PPN's own incident type (the contract's vocabulary, finer than the incident log's). */
  @Column({ type: 'text' })
  type!: IncidentType;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'officer_subject', type: 'text' })
  officerSubject!: string;

  @Column({ name: 'officer_organisation', type: 'text' })
  officerOrganisation!: string;

  @Column({ type: 'jsonb' })
  children!: NoticeChild[];

  /** The 24 SafeLives DASH answers, in question order, when the checklist was completed. */
  @Column({ name: 'dash_answers', type: 'text', array: true, nullable: true })
  dashAnswers!: DashAnswer[] | null;

  @Column({ name: 'dash_yes_count', type: 'smallint', nullable: true })
  dashYesCount!: number | null;

  @Column({ name: 'dash_visible_high_risk', type: 'boolean', nullable: true })
  dashVisibleHighRisk!: boolean | null;

  @Column({ name: 'dash_professional_judgement_high_risk', type: 'boolean', nullable: true })
  dashProfessionalJudgementHighRisk!: boolean | null;

  @Column({ name: 'dash_high_risk', type: 'boolean', nullable: true })
  dashHighRisk!: boolean | null;

  /** Call-outs to this victim and perpetrator in the 12 months up to the incident, it included. */
  @Column({ name: 'call_outs_in_last_12_months', type: 'integer' })
  callOutsInLast12Months!: number;
}
