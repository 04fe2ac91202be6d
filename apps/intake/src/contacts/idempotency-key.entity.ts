import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A submitter's Idempotency-Key and the contact it created. Keys are scoped to the submitter so one
 * user cannot replay (or probe) another's key.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKey {
  @PrimaryColumn({ name: 'submitter_subject', type: 'text' })
  submitterSubject!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** SHA-256 of the request body: the same key with a different body is a client error. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
