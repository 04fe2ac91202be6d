import { logLevel } from 'kafkajs';
import { STILL_ELECTING_ERRORS, kafkaLogLine, kafkajsErrorMessage } from './kafka-log';

const entry = (level: logLevel, message: string, error?: string) => ({
  namespace: 'Connection',
  level,
  log: { timestamp: '2026-12-07T09:00:00.000Z', logger: 'kafkajs', message, ...(error ? { error } : {}) },
});

describe('kafkaLogLine: how loudly kafkajs speaks', () => {
  it("finds kafkajs's own message for every error it treats as an election", () => {
    for (const type of STILL_ELECTING_ERRORS) {
      expect({ type, message: kafkajsErrorMessage(type) }).toEqual({ type, message: expect.any(String) });
    }
  });

  it('logs a coordinator that is still loading as a retried warning, not an error', () => {
    // As a broker that had just started answered screening's producer in a CI run.
    const line = kafkaLogLine(
      entry(
        logLevel.ERROR,
        'Response InitProducerId(key: 22, version: 1)',
        "The coordinator is loading and hence can't process requests for this group",
      ),
    );
    expect(line.level).toBe('warn');
    expect(line.text).toContain('still electing');
  });

  it('treats a leadership election named in the message itself the same way', () => {
    const line = kafkaLogLine(
      entry(
        logLevel.ERROR,
        'There is no leader for this topic-partition as we are in the middle of a leadership election',
      ),
    );
    expect(line.level).toBe('warn');
  });

  it('keeps a crash an error even when the cause was an election: kafkajs stopped retrying', () => {
    const line = kafkaLogLine(
      entry(logLevel.ERROR, 'Crash: KafkaJSNumberOfRetriesExceeded', 'The group coordinator is not available'),
    );
    expect(line).toEqual({
      level: 'error',
      text: 'Connection: Crash: KafkaJSNumberOfRetriesExceeded (The group coordinator is not available)',
    });
  });

  it('keeps any other error an error and maps the other levels', () => {
    expect(kafkaLogLine(entry(logLevel.ERROR, 'Connection error', 'connect ECONNREFUSED')).level).toBe('error');
    expect(kafkaLogLine(entry(logLevel.WARN, 'w')).level).toBe('warn');
    expect(kafkaLogLine(entry(logLevel.INFO, 'i')).level).toBe('log');
    expect(kafkaLogLine(entry(logLevel.DEBUG, 'd')).level).toBe('debug');
  });
});
