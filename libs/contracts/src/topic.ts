/** A Kafka topic and the one payload class (and version) it carries. */
export interface TopicDefinition<P extends object> {
  /** Versioned name, e.g. `frontdoor.contact-received.v1`. Never edit: add a new version. */
  readonly name: string;
  /** Event type written into the envelope. */
  readonly type: string;
  readonly version: number;
  /** The class-validator class that validates the payload on produce and consume. */
  readonly payload: new () => P;
  /** What the message is for, shown in docs. */
  readonly description: string;
}

export type PayloadOf<T> = T extends TopicDefinition<infer P> ? P : never;

export function defineTopic<P extends object>(definition: TopicDefinition<P>): TopicDefinition<P> {
  return Object.freeze(definition);
}
