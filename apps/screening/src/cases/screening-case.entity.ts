import { AdultV1, ReferrerV1 } from '@frontdoor/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RecordedBy } from '../rules/referrer';
import { DeadlineClock, ScreeningQueue } from '../rules/out-of-hours';
import type { LevelSuggestion } from '../thresholds/suggest-level';

export type CaseStatus = 'open' | 'awaiting-approval' | 'decided';

/** The front door's working copy of one contact, from arrival to a signed-off decision. */
@Entity({ name: 'screening_cases' })
@Index('screening_cases_worklist_idx', ['status', 'decisionDeadline'])
@Index('screening_cases_queue_idx', ['queue', 'status', 'decisionDeadline'])
export class ScreeningCase {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('screening_cases_contact_id_key', { unique: true })
  @Column({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @Column({ name: 'contact_reference', type: 'text' })
  contactReference!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'source_type', type: 'text' })
  sourceType!: string;

  @Column({ name: 'cin_referral_source', type: 'text' })
  cinReferralSource!: string;

  /**
   * Who hears the outcome: the submitting organisation (a school URN, a police force), or for a
   * contact the front door logged, the organisation the referrer gave.
   */
  @Column({ name: 'referrer_organisation', type: 'text' })
  referrerOrganisation!: string;

  @Column({ type: 'jsonb' })
  referrer!: ReferrerV1;

  /** The screener who logged a contact taken by phone, email or in person, and how; else null. */
  @Column({ name: 'recorded_by', type: 'jsonb', nullable: true })
  recordedBy!: RecordedBy | null;

  @Column({ type: 'jsonb' })
  adults!: AdultV1[];

  @Column({ name: 'concern_categories', type: 'text', array: true })
  concernCategories!: string[];

  @Column({ type: 'text' })
  narrative!: string;

  @Column({ name: 'immediate_danger', type: 'boolean' })
  immediateDanger!: boolean;

  @Column({ name: 'family_awareness', type: 'text' })
  familyAwareness!: string;

  @Column({ name: 'action_taken_so_far', type: 'text', nullable: true })
  actionTakenSoFar!: string | null;

  @Column({ type: 'text' })
  rag!: string;

  @Column({ name: 'rag_reasons', type: 'text', array: true })
  ragReasons!: string[];

  @Column({ name: 'decision_deadline', type: 'timestamptz' })
  decisionDeadline!: Date;

  @Column({ type: 'text' })
  status!: CaseStatus;

  /** The front door's, or the emergency duty team's until it hands the case over (rules/out-of-hours.ts). */
  @Column({ type: 'text', default: ScreeningQueue.FrontDoor })
  queue!: ScreeningQueue;

  /** What `decisionDeadline` counts: office hours, or elapsed hours on the emergency duty team's clock. */
  @Column({ name: 'deadline_clock', type: 'text', default: DeadlineClock.OfficeHours })
  deadlineClock!: DeadlineClock;

  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true })
  handedOverAt!: Date | null;

  @Column({ name: 'handed_over_by', type: 'text', nullable: true })
  handedOverBy!: string | null;

  @Column({ name: 'suggested_level', type: 'smallint' })
  suggestedLevel!: number;

  @Column({ name: 'level_suggestion', type: 'jsonb' })
  levelSuggestion!: LevelSuggestion;

  @Column({ name: 're_referral', type: 'boolean' })
  reReferral!: boolean;

  @Column({ name: 'previous_referral_case_id', type: 'uuid', nullable: true })
  previousReferralCaseId!: string | null;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
