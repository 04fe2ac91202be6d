import { AnsweredByV1, LawfulBasisV1, RequestingOfficerV1, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What this agency shared, with whom, on which basis, and what it withheld and why: the
 * agency's own record of every disclosure, kept beside the records it came from.
 */
@Entity({ name: 'disclosures' })
@Index('disclosures_case_idx', ['caseId'])
export class Disclosure {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'disclosed_to', type: 'jsonb' })
  disclosedTo!: RequestingOfficerV1;

  @Column({ name: 'lawful_basis', type: 'jsonb' })
  lawfulBasis!: LawfulBasisV1;

  @Column({ type: 'jsonb' })
  shared!: SubjectAnswerV1[];

  @Column({ type: 'jsonb' })
  withheld!: WithheldV1[];

  @Column({ name: 'answered_by', type: 'jsonb' })
  answeredBy!: AnsweredByV1;

  @Column({ name: 'disclosed_at', type: 'timestamptz' })
  disclosedAt!: Date;
}
