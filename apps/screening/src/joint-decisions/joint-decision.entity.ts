import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { JointDecisionStatus } from './joint-decision-rules';

/** Where a case's joint decision stands; created when the case opens, if one is needed. */
@Entity({ name: 'joint_decisions' })
@Index('joint_decisions_status_idx', ['status'])
export class JointDecision {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  status!: JointDecisionStatus;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'risk_level', type: 'text', nullable: true })
  riskLevel!: string | null;

  /** Set when every party agreed; the joint decision cannot change after that. */
  @Column({ name: 'sealed_at', type: 'timestamptz', nullable: true })
  sealedAt!: Date | null;

  /** Set when the parties first disagreed: a manager must resolve it. */
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;
}

/** One party's view. A party may revise it before sealing; every view stays on record. */
@Entity({ name: 'joint_decision_views' })
@Index('joint_decision_views_case_idx', ['caseId', 'recordedAt'])
export class JointDecisionView {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recommended_outcome', type: 'text' })
  recommendedOutcome!: string;

  @Column({ name: 'risk_level', type: 'text' })
  riskLevel!: string;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
