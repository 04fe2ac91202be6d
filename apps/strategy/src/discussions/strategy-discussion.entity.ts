import { ConcernCategory, Rag, SourceType, StrategyReason } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AgencyViewRecord } from '../outcomes/agency-view';
import { ParticipantRequirement } from '../participants/participant-rules';

export interface DiscussionChild {
  personId?: string;
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
}

export interface DiscussionReferrer {
  organisation: string;
  sourceType: SourceType;
}

/**
 * One strategy discussion about a case: who must take part, when it is due, the slot proposed
 * from the agencies' availability, the outcome with each agency's view, and the deadlines that
 * follow (record circulation, ICPC). A further discussion is a new row with the next sequence.
 */
@Entity({ name: 'strategy_discussions' })
@Index('strategy_discussions_case_key', ['caseId', 'sequence'], { unique: true })
@Index('strategy_discussions_due_idx', ['dueBy'])
export class StrategyDiscussion {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** 1 for the first discussion on a case, 2 for a further one, and so on. */
  @Column({ type: 'int' })
  sequence!: number;

  @Column({ name: 'previous_discussion_id', type: 'uuid', nullable: true })
  previousDiscussionId!: string | null;

  @Column({ name: 'case_reference', type: 'text' })
  caseReference!: string;

  @Column({ type: 'text' })
  origin!: 'screening-decision' | 'manual' | 'further-meeting';

  @Column({ type: 'text' })
  reason!: StrategyReason;

  @Column({ type: 'text' })
  rag!: Rag;

  @Column({ name: 'concern_categories', type: 'text', array: true })
  concernCategories!: ConcernCategory[];

  /** Kept here only; never sent to the agencies. */
  @Column({ type: 'text' })
  rationale!: string;

  @Column({ type: 'jsonb' })
  children!: DiscussionChild[];

  @Column({ type: 'jsonb' })
  referrer!: DiscussionReferrer;

  @Column({ type: 'jsonb' })
  participants!: ParticipantRequirement[];

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'due_by', type: 'timestamptz' })
  dueBy!: Date;

  @Column({ name: 'proposed_slot_start', type: 'timestamptz', nullable: true })
  proposedSlotStart!: Date | null;

  @Column({ name: 'proposed_slot_end', type: 'timestamptz', nullable: true })
  proposedSlotEnd!: Date | null;

  @Column({ name: 'proposed_slot_within_due', type: 'boolean', nullable: true })
  proposedSlotWithinDue!: boolean | null;

  /** When every required agency had confirmed and the slot search ran (null: still waiting). */
  @Column({ name: 'slot_searched_at', type: 'timestamptz', nullable: true })
  slotSearchedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'outcome_rationale', type: 'text', nullable: true })
  outcomeRationale!: string | null;

  @Column({ name: 'agency_views', type: 'jsonb', nullable: true })
  agencyViews!: AgencyViewRecord[] | null;

  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt!: Date | null;

  @Column({ name: 'outcome_recorded_by', type: 'text', nullable: true })
  outcomeRecordedBy!: string | null;

  @Column({ name: 'outcome_recorded_at', type: 'timestamptz', nullable: true })
  outcomeRecordedAt!: Date | null;

  /** London date the ICPC must be held by (s47 outcomes only). */
  @Column({ name: 'icpc_due_date', type: 'date', nullable: true })
  icpcDueDate!: string | null;

  @Column({ name: 'record_due_by', type: 'timestamptz', nullable: true })
  recordDueBy!: Date | null;

  @Column({ name: 'record_circulated_at', type: 'timestamptz', nullable: true })
  recordCirculatedAt!: Date | null;

  @Column({ name: 'record_circulated_by', type: 'text', nullable: true })
  recordCirculatedBy!: string | null;

  @Column({ name: 'record_circulated_to', type: 'text', array: true, nullable: true })
  recordCirculatedTo!: string[] | null;
}
