import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who read or changed a child's record, when, and why. Append-only: each service's migration
 * adds a trigger that refuses UPDATE and DELETE on this table.
 */
@Entity({ name: 'audit_records' })
@Index('audit_records_subject_idx', ['subjectType', 'subjectId'])
export class AuditRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_subject', type: 'text' })
  actorSubject!: string;

  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles!: string[];

  @Column({ name: 'actor_organisation', type: 'text' })
  actorOrganisation!: string;

  /** e.g. `contact.read`, `case.decision.approved` */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  @Column({ type: 'text' })
  reason!: string;
}
