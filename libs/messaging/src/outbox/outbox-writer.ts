import { EventEnvelope, TopicDefinition, createEnvelope } from '@frontdoor/contracts';
import { currentCorrelationId, currentTraceparent } from '@frontdoor/observability';
import { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

export const OUTBOX_CHANNEL = 'outbox_messages';

/**
 * Records an event in the outbox inside the caller's transaction. The event is published only if
 * that transaction commits: no change without its event, no event without its change.
 */
export class OutboxWriter {
  constructor(private readonly producerName: string) {}

  async add<P extends object>(
    manager: EntityManager,
    topic: TopicDefinition<P>,
    key: string,
    payload: P,
    correlationId?: string,
  ): Promise<EventEnvelope<P>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`outbox writes for ${topic.name} must run inside the transaction that makes the change`);
    }
    // Without an explicit id the event belongs to the request or event being handled now.
    const envelope = createEnvelope(topic, payload, {
      producer: this.producerName,
      correlationId: correlationId ?? currentCorrelationId(),
      traceparent: currentTraceparent(),
    });
    await manager.insert(OutboxMessage, {
      eventId: envelope.eventId,
      topic: topic.name,
      messageKey: key,
      envelope: envelope as EventEnvelope,
    });
    // Delivered at commit, so the relay wakes only for rows it can see.
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return envelope;
  }
}
