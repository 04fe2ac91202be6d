import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per event a consumer group has applied: the guard that makes redelivery harmless. */
@Entity({ name: 'inbox_messages' })
export class InboxMessage {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ name: 'handled_at', type: 'timestamptz', default: () => 'now()' })
  handledAt!: Date;
}
