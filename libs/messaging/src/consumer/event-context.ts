import { EventEnvelope } from '@frontdoor/contracts';
import { EntityManager } from 'typeorm';

/**
 * Handed to every event handler. `manager` is the transaction in which the inbox row is written:
 * the handler's changes and any events it raises must go through it to commit together.
 */
export class EventContext<P extends object = object> {
  constructor(
    readonly envelope: EventEnvelope<P>,
    readonly manager: EntityManager,
    readonly topic: string,
    readonly partition: number,
    readonly offset: string,
  ) {}
}
