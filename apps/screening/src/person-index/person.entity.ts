import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One child known to the front door. NHS number and UPN are unique when present; name keys are
 * normalised (no case, accents or punctuation) so "O'Brien" and "OBrien" find the same child.
 */
@Entity({ name: 'persons' })
@Index('persons_nhs_number_key', ['nhsNumber'], { unique: true, where: 'nhs_number IS NOT NULL' })
@Index('persons_upn_key', ['upn'], { unique: true, where: 'upn IS NOT NULL' })
@Index('persons_name_dob_postcode_idx', ['lastNameKey', 'firstNameKey', 'dateOfBirth', 'postcode'])
export class Person {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'nhs_number', type: 'text', nullable: true })
  nhsNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  upn!: string | null;

  @Column({ name: 'first_name_key', type: 'text' })
  firstNameKey!: string;

  @Column({ name: 'last_name_key', type: 'text' })
  lastNameKey!: string;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
