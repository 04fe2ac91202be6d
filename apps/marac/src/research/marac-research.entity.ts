import { AnsweredByV1, InformationAgency, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One agency's research for one MARAC case: asked when the case is listed, due by the meeting's
 * research cut-off, answered from the agency's own records (facts, each with its dataset).
 */
@Entity({ name: 'marac_research' })
@Index('marac_research_referral_idx', ['referralId'])
export class MaracResearch {
  /** Also the information request id the agency answers to. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ type: 'text' })
  agency!: InformationAgency;

  @Column({ type: 'text' })
  status!: 'requested' | 'answered';

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'respond_by', type: 'timestamptz' })
  respondBy!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by', type: 'jsonb', nullable: true })
  answeredBy!: AnsweredByV1 | null;

  /** Per subject (victim, perpetrator, child-1...): known or not, and the facts shared. */
  @Column({ type: 'jsonb', nullable: true })
  findings!: SubjectAnswerV1[] | null;

  @Column({ type: 'jsonb', nullable: true })
  withheld!: WithheldV1[] | null;
}
