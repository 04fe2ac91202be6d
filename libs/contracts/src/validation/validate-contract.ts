import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { EventEnvelope } from '../envelope';
import { TopicDefinition } from '../topic';
import { MAX_NESTING, inputShape } from './input-shape';

export interface FieldError {
  field: string;
  messages: string[];
}

/** A message that does not match its contract. Never retried: it goes to the dead-letter topic. */
export class ContractViolationError extends Error {
  constructor(
    readonly topic: string,
    readonly fieldErrors: FieldError[],
  ) {
    super(
      `message on ${topic} breaks its contract: ` +
        fieldErrors.map((e) => `${e.field}: ${e.messages.join('; ')}`).join(', '),
    );
    this.name = 'ContractViolationError';
  }
}

/** Flattens class-validator's tree into `children[0].nhsNumber`-style paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export type ContractDirection = 'produce' | 'consume';

/**
 * Validates a payload against its topic's class. Producing is strict (an unknown field is a bug
 * in our code); consuming strips unknown fields so a producer may add optional fields first.
 */
export function validatePayload<P extends object>(
  topic: TopicDefinition<P>,
  raw: unknown,
  direction: ContractDirection,
): P {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ContractViolationError(topic.name, [{ field: 'payload', messages: ['payload must be an object'] }]);
  }
  const payload = plainToInstance(topic.payload, raw);
  const errors = validateSync(payload, {
    whitelist: true,
    forbidNonWhitelisted: direction === 'produce',
    forbidUnknownValues: true,
  });
  if (errors.length > 0) throw new ContractViolationError(topic.name, flattenValidationErrors(errors, 'payload'));
  return payload;
}

/** Parses and validates a whole envelope as it came off the wire. */
export function parseEnvelope<P extends object>(topic: TopicDefinition<P>, raw: unknown): EventEnvelope<P> {
  if (typeof raw !== 'object' || raw === null) {
    throw new ContractViolationError(topic.name, [{ field: 'envelope', messages: ['message must be a JSON object'] }]);
  }
  // Before class-transformer sees it: it recurses, and thousands of levels overflow the stack.
  const shape = inputShape(raw, MAX_NESTING);
  if (shape.depth > MAX_NESTING) {
    throw new ContractViolationError(topic.name, [
      { field: 'envelope', messages: [`message nests more than ${MAX_NESTING} levels deep`] },
    ]);
  }
  if (shape.reservedKeyAt) {
    throw new ContractViolationError(topic.name, [
      { field: shape.reservedKeyAt, messages: [`property ${shape.reservedKeyAt.split('.').pop()} should not exist`] },
    ]);
  }
  if (shape.hasUnstorableText) {
    throw new ContractViolationError(topic.name, [
      {
        field: 'envelope',
        messages: ['message holds text that is not valid Unicode (NUL or a broken surrogate pair)'],
      },
    ]);
  }
  const { payload: rawPayload, ...header } = raw as Record<string, unknown>;
  const envelope = plainToInstance(EventEnvelope, { ...header, payload: {} });
  const errors = validateSync(envelope, { whitelist: true, forbidUnknownValues: true });
  const fieldErrors = flattenValidationErrors(errors);
  if (envelope.type !== topic.type || envelope.version !== topic.version) {
    fieldErrors.push({
      field: 'type',
      messages: [`expected ${topic.type} v${topic.version}, got ${String(envelope.type)} v${String(envelope.version)}`],
    });
  }
  if (fieldErrors.length > 0) throw new ContractViolationError(topic.name, fieldErrors);
  return Object.assign(envelope, { payload: validatePayload(topic, rawPayload, 'consume') }) as EventEnvelope<P>;
}
