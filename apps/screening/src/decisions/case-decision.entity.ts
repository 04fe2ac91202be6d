import { MaracReferralRequestV1 } from '@frontdoor/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type DecisionStatus = 'awaiting-approval' | 'approved' | 'returned';

/**
 * A screener's decision and its sign-off. A returned decision stays on record beside the next
 * one: management oversight shows in the history, not just in the final answer.
 */
@Entity({ name: 'case_decisions' })
@Index('case_decisions_case_idx', ['caseId', 'decidedAt'])
export class CaseDecision {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ name: 'level_of_need', type: 'smallint' })
  levelOfNeed!: number;

  /** The level the threshold guidance suggested when the decision was made. */
  @Column({ name: 'suggested_level', type: 'smallint' })
  suggestedLevel!: number;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'childs_voice_considered', type: 'boolean' })
  childsVoiceConsidered!: boolean;

  @Column({ name: 'childs_voice_summary', type: 'text', nullable: true })
  childsVoiceSummary!: string | null;

  @Column({ name: 'referrer_feedback', type: 'text' })
  referrerFeedback!: string;

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy!: string;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  @Column({ type: 'text' })
  status!: DecisionStatus;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  /** The MARAC referral made with this decision, sent only once a manager signs it off. */
  @Column({ name: 'marac_referral', type: 'jsonb', nullable: true })
  maracReferral!: MaracReferralRequestV1 | null;
}
