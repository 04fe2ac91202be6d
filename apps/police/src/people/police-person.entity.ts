import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person on GMP's records. Police hold a name, date of birth and address, and their own
 * PNC-style person id; not an NHS number or a UPN. Name keys are normalised (no case, accents or
 * punctuation) for matching; the names as recorded are kept beside them.
 */
@Entity({ name: 'people' })
@Index('people_pnc_id_key', ['pncId'], { unique: true })
@Index('people_name_dob_idx', ['lastNameKey', 'firstNameKey', 'dateOfBirth'])
@Index('people_dob_idx', ['dateOfBirth'])
export class PolicePerson {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** GMP's own person id, in the Police National Computer style "YY/NNNNNNNC". */
  @Column({ name: 'pnc_id', type: 'text' })
  pncId!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'first_name_key', type: 'text' })
  firstNameKey!: string;

  @Column({ name: 'last_name_key', type: 'text' })
  lastNameKey!: string;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ name: 'address_line', type: 'text', nullable: true })
  addressLine!: string | null;

  @Column({ type: 'text', nullable: true })
  town!: string | null;

  /** Normalised ('M33 7ZZ') when known. */
  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  /**
   * A DA victim's refuge or other safe address. It NEVER leaves this service: not in an answer,
   * not in a log, not in an event. The records adapter lists it as a restricted value so the
   * information-sharing lib refuses any answer that carries it.
   */
  @Column({ name: 'safe_address', type: 'text', nullable: true })
  safeAddress!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const ALIAS_KINDS = ['previous-name', 'known-as'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

/** Another name police have recorded for the same person (a previous surname, a name used). */
@Entity({ name: 'person_aliases' })
@Index('person_aliases_person_idx', ['personId'])
@Index('person_aliases_name_idx', ['lastNameKey', 'firstNameKey'])
export class PersonAlias {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  kind!: AliasKind;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ name: 'first_name_key', type: 'text' })
  firstNameKey!: string;

  @Column({ name: 'last_name_key', type: 'text' })
  lastNameKey!: string;
}
