export * from './consumer/consume-event.decorator';
export * from './consumer/event-context';
export * from './consumer/kafka-event-server';
export * from './consumer/retry-policy';
export * from './inbox/inbox-message.entity';
export * from './kafka/ensure-topics';
export * from './kafka/event-producer';
export * from './kafka/kafka-settings';
export * from './messaging.module';
export * from './metrics/consumer-lag';
export * from './metrics/messaging-metrics';
export * from './outbox/outbox-message.entity';
export * from './outbox/outbox-relay';
export * from './outbox/outbox-writer';

import { InboxMessage } from './inbox/inbox-message.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';
/** Entities every service that uses messaging adds to its TypeORM entities. */
export const MESSAGING_ENTITIES = [OutboxMessage, InboxMessage];
