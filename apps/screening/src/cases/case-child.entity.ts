import { ChildV1 } from '@frontdoor/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type MatchedOn = 'nhs-number' | 'upn' | 'name-dob-postcode' | 'new-person';

/** A child named on a case, linked to the person index so their history follows them. */
@Entity({ name: 'case_children' })
@Index('case_children_person_idx', ['personId'])
@Index('case_children_case_idx', ['caseId', 'position'])
export class CaseChild {
  /** The id intake gave this child on the contact. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'matched_on', type: 'text' })
  matchedOn!: MatchedOn;

  /** Why a child was not linked to an existing person (e.g. conflicting identifiers). */
  @Column({ name: 'match_note', type: 'text', nullable: true })
  matchNote!: string | null;

  @Column({ type: 'jsonb' })
  details!: ChildV1;
}
