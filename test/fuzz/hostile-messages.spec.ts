import { ALL_TOPICS, parseEnvelope } from '@frontdoor/contracts';
import fc from 'fast-check';
import { hostileMessagesFor } from './hostile-messages';

// The e2e run expects every hostile message on the dead-letter topic; that only holds if each
// one really breaks its contract, which this checks without a broker.
describe('hostile Kafka messages', () => {
  it.each(ALL_TOPICS.map((topic) => [topic.name, topic] as const))('every one breaks the %s contract', (_, topic) => {
    fc.assert(
      fc.property(hostileMessagesFor(topic), ({ value }) => {
        expect(() => parseEnvelope(topic, JSON.parse(value ?? 'null'))).toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
