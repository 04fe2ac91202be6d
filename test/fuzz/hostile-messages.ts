import { TopicDefinition } from '@frontdoor/contracts';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { deepNesting, hostileText } from './hostile-payloads';

/** The bytes a consumer might find on a contract topic from a broken or hostile producer. */
export interface HostileMessage {
  /** `null` is a tombstone: a record with no value at all. */
  value: string | null;
  kind: string;
}

const notJson = fc.oneof(
  fc.constantFrom('', '{', '{"eventId":', 'undefined', "{'single': 'quotes'}", '\u0000\u0001\u0002'),
  hostileText.filter((text) => !parsesAsJson(text)),
);

const jsonButNotAnObject = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  hostileText,
  fc.array(fc.anything(), { maxLength: 4 }),
);

/** An object of unknown keys only: every contract requires fields, so none of it can satisfy one. */
const unknownFieldsOnly = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }).map((key) => `unknown_${key}`),
  fc.oneof(hostileText, fc.integer(), deepNesting),
  { maxKeys: 4 },
);

function envelopeFor(topic: TopicDefinition<object>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    eventId: fc.constant(null).map(() => randomUUID()),
    type: fc.constant(topic.type),
    version: fc.constant(topic.version),
    occurredAt: fc
      .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') })
      .map((d) => d.toISOString()),
    correlationId: fc.constant(null).map(() => randomUUID()),
    producer: fc.constant('fuzz'),
  });
}

/**
 * Hostile messages for one topic: not JSON, JSON of the wrong type, an envelope broken in one of
 * its own fields, an envelope of another version, and a well-formed envelope whose payload is
 * hostile. Each is built to break the contract, so the only right answer is the dead-letter topic.
 */
export function hostileMessagesFor(topic: TopicDefinition<object>): fc.Arbitrary<HostileMessage> {
  const envelope = envelopeFor(topic);
  const asJson = (kind: string) => (value: unknown) => ({ value: JSON.stringify(value), kind });
  return fc.oneof(
    fc.constant({ value: null, kind: 'tombstone' }),
    notJson.map((value) => ({ value, kind: 'not JSON' })),
    jsonButNotAnObject.map(asJson('JSON but not an object')),
    fc
      .tuple(
        envelope,
        fc.constantFrom('eventId', 'type', 'version', 'occurredAt', 'correlationId', 'producer'),
        fc.anything(),
      )
      .filter(([header, field, replacement]) => replacement !== header[field] && !isNonEmptyText(replacement))
      .map(([header, field, replacement]) => ({ ...header, [field]: replacement, payload: {} }))
      .map(asJson('envelope field broken')),
    fc
      .tuple(
        envelope,
        fc.integer({ min: 1, max: 1000 }).filter((version) => version !== topic.version),
      )
      .map(([header, version]) => ({ ...header, version, payload: {} }))
      .map(asJson('unknown contract version')),
    fc
      .tuple(envelope, fc.oneof(jsonButNotAnObject, unknownFieldsOnly, deepNesting))
      .map(([header, payload]) => ({ ...header, payload }))
      .map(asJson('hostile payload')),
  );
}

// Any non-empty text could pass as a correlation id or producer name; everything else is refused.
function isNonEmptyText(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
