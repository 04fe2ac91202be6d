import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person registered with the NHS in this area. Every patient has an NHS number (the NHS's own
 * identifier, unique here); name keys are normalised for matching only, the names are kept as
 * recorded. The address is the one the patient's record shows, never a safe address (those live
 * apart, in patient_safe_addresses, and never leave the service).
 */
@Entity({ name: 'patients' })
@Index('patients_nhs_number_key', ['nhsNumber'], { unique: true })
@Index('patients_name_dob_idx', ['lastNameKey', 'firstNameKey', 'dateOfBirth'])
export class Patient {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Ten digits, no spaces. */
  @Column({ name: 'nhs_number', type: 'text' })
  nhsNumber!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'first_name_key', type: 'text' })
  firstNameKey!: string;

  @Column({ name: 'last_name_key', type: 'text' })
  lastNameKey!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Column({ name: 'address_line1', type: 'text', nullable: true })
  addressLine1!: string | null;

  @Column({ type: 'text', nullable: true })
  town!: string | null;

  /** Normalised ('M33 9ZZ'); null for a patient of no fixed abode. */
  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  /** ODS code of the practice the patient is registered with now; null when not registered. */
  @Column({ name: 'registered_practice_ods_code', type: 'text', nullable: true })
  registeredPracticeOdsCode!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
