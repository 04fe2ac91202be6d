import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const CHILD_PROTECTION_FLAG_KINDS = [
  'child-protection-plan',
  'looked-after',
  'unborn-child-protection-plan',
] as const;
export type ChildProtectionFlagKind = (typeof CHILD_PROTECTION_FLAG_KINDS)[number];

/**
 * A CP-IS style flag the local authority put on the NHS number: a child on a child-protection
 * plan, a looked-after child, or (on the expectant mother's record) an unborn baby on a plan.
 * Children in need are not flagged.
 */
@Entity({ name: 'child_protection_flags' })
@Index('child_protection_flags_patient_idx', ['patientId', 'startedOn'])
export class ChildProtectionFlag {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId!: string;

  @Column({ type: 'text' })
  kind!: ChildProtectionFlagKind;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  /** Null while the flag is active. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'responsible_local_authority', type: 'text' })
  responsibleLocalAuthority!: string;

  /** For an unborn baby on a plan: when the baby is due. */
  @Column({ name: 'expected_delivery_on', type: 'date', nullable: true })
  expectedDeliveryOn!: string | null;
}
