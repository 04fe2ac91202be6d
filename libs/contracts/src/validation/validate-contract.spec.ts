import { randomUUID } from 'node:crypto';
import { Topics } from '../topics';
import { MAX_NESTING } from './input-shape';
import { ContractViolationError, parseEnvelope } from './validate-contract';

function envelopeWith(payload: unknown): Record<string, unknown> {
  return {
    eventId: randomUUID(),
    type: Topics.ContactReceived.type,
    version: Topics.ContactReceived.version,
    occurredAt: new Date().toISOString(),
    correlationId: randomUUID(),
    producer: 'test',
    payload,
  };
}

describe('parseEnvelope', () => {
  it('refuses a message nested deeper than any contract, with a reason instead of a stack overflow', () => {
    const deep = JSON.parse('['.repeat(50_000) + ']'.repeat(50_000));
    const parse = () => parseEnvelope(Topics.ContactReceived, envelopeWith({ notes: deep }));
    expect(parse).toThrow(ContractViolationError);
    expect(parse).toThrow(`more than ${MAX_NESTING} levels deep`);
  });

  it('refuses text Postgres could not store, wherever it is in the message', () => {
    const parse = () => parseEnvelope(Topics.ContactReceived, envelopeWith({ contact: { concern: 'a\u0000b' } }));
    expect(parse).toThrow('not valid Unicode');
  });

  it('names each field that breaks the contract', () => {
    expect(() => parseEnvelope(Topics.ContactReceived, envelopeWith({ contactId: 'not-a-uuid' }))).toThrow(
      /payload\.contactId: contactId must be a UUID/,
    );
  });
});
