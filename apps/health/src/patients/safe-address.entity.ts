import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where an adult patient really lives when that must be kept from someone (a domestic-abuse
 * victim in a refuge, for instance). It is never matched on, never put in a finding, and every
 * part of it is handed to the information-sharing lib as a restricted value, so no answer that
 * carries it can leave the health service, whoever writes it.
 */
@Entity({ name: 'patient_safe_addresses' })
export class SafeAddress {
  @PrimaryColumn({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @Column({ type: 'text' })
  line1!: string;

  @Column({ type: 'text' })
  town!: string;

  @Column({ type: 'text' })
  postcode!: string;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn!: string;

  @Column({ type: 'text' })
  reason!: string;
}
