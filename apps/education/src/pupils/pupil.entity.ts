import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { School } from '../schools/school.entity';

export type SenStatus = 'none' | 'sen-support' | 'ehcp';

/**
 * A pupil on a school roll in the authority, with the identifiers schools hold: UPN, name, date of
 * birth and address. Schools do not hold NHS numbers, so there is none here.
 *
 * A pupil on the protected roll (for instance a child in a refuge) has a safe address, and their
 * school and addresses never leave this service: answers about them wait for a practitioner.
 */
@Entity({ name: 'pupils' })
@Index('pupils_upn_key', ['upn'], { unique: true })
@Index('pupils_name_dob_idx', ['lastNameKey', 'firstNameKey', 'dateOfBirth'])
@Index('pupils_school_idx', ['schoolUrn'])
export class Pupil {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Normalised: upper case, no spaces. */
  @Column({ type: 'text' })
  upn!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  /** normaliseName(firstName), for matching only. */
  @Column({ name: 'first_name_key', type: 'text' })
  firstNameKey!: string;

  @Column({ name: 'last_name_key', type: 'text' })
  lastNameKey!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Column({ name: 'address_line1', type: 'text' })
  addressLine1!: string;

  @Column({ type: 'text' })
  town!: string;

  /** Normalised UK postcode. */
  @Column({ type: 'text' })
  postcode!: string;

  @Column({ name: 'school_urn', type: 'text' })
  schoolUrn!: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_urn', foreignKeyConstraintName: 'pupils_school_fk' })
  school?: School;

  /** 0 = Reception, 1..13 = Year 1..13. */
  @Column({ name: 'year_group', type: 'smallint' })
  yearGroup!: number;

  @Column({ name: 'admitted_on', type: 'date' })
  admittedOn!: string;

  @Column({ name: 'sen_status', type: 'text', default: 'none' })
  senStatus!: SenStatus;

  @Column({ name: 'sen_primary_need', type: 'text', nullable: true })
  senPrimaryNeed!: string | null;

  @Column({ name: 'sen_since', type: 'date', nullable: true })
  senSince!: string | null;

  /** On the protected roll: school and addresses never leave; answers need review. */
  @Column({ name: 'protected_roll', type: 'boolean', default: false })
  protectedRoll!: boolean;

  /** Why the record is restricted, said in the withheld reason. */
  @Column({ name: 'restriction_reason', type: 'text', nullable: true })
  restrictionReason!: string | null;

  @Column({ name: 'safe_address_line1', type: 'text', nullable: true })
  safeAddressLine1!: string | null;

  @Column({ name: 'safe_address_town', type: 'text', nullable: true })
  safeAddressTown!: string | null;

  @Column({ name: 'safe_address_postcode', type: 'text', nullable: true })
  safeAddressPostcode!: string | null;
}
