import { AnsweredByV1, LawfulBasisV1, RequestingOfficerV1, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type InformationRequestStatus = 'requested' | 'answered';

/** The front door's question to one agency about one case, and the answer when it comes. */
@Entity({ name: 'information_requests' })
@Index('information_requests_case_idx', ['caseId', 'agency'])
export class InformationRequest {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  agency!: string;

  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'text', array: true })
  datasets!: string[];

  @Column({ name: 'lawful_basis', type: 'jsonb' })
  lawfulBasis!: LawfulBasisV1;

  @Column({ name: 'requested_by', type: 'jsonb' })
  requestedBy!: RequestingOfficerV1;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'respond_by', type: 'timestamptz' })
  respondBy!: Date;

  @Column({ type: 'text' })
  status!: InformationRequestStatus;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by', type: 'jsonb', nullable: true })
  answeredBy!: AnsweredByV1 | null;

  @Column({ name: 'answer_subjects', type: 'jsonb', nullable: true })
  answerSubjects!: SubjectAnswerV1[] | null;

  @Column({ name: 'answer_withheld', type: 'jsonb', nullable: true })
  answerWithheld!: WithheldV1[] | null;
}
