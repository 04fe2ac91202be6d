import { Logger } from '@nestjs/common';
import { LogEntry, logLevel } from 'kafkajs';

/**
 * Broker answers that only mean "not yet": a broker that has just started is still electing
 * partition leaders and loading the consumer-group coordinator, and kafkajs retries each of these
 * by itself. kafkajs logs every such answer at error level, so a healthy start-up read like an
 * outage. The texts are kafkajs's own (Kafka's error codes 5, 6, 14, 15, 16 and 27), read from its
 * error table so that they cannot drift from what it logs.
 */
export const STILL_ELECTING_ERRORS = [
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_FOR_PARTITION',
  'GROUP_LOAD_IN_PROGRESS',
  'GROUP_COORDINATOR_NOT_AVAILABLE',
  'NOT_COORDINATOR_FOR_GROUP',
  'REBALANCE_IN_PROGRESS',
] as const;

/** kafkajs's table of Kafka's error codes, which its package root does not export. */
export function kafkajsErrorMessage(type: string): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { errorCodes } = require('kafkajs/src/protocol/error') as { errorCodes: { type: string; message: string }[] };
  return errorCodes.find((error) => error.type === type)?.message;
}

const STILL_ELECTING = new Set(
  STILL_ELECTING_ERRORS.map(kafkajsErrorMessage).filter((message) => message !== undefined),
);

export interface KafkaLogLine {
  level: 'error' | 'warn' | 'log' | 'debug';
  text: string;
}

/**
 * What a kafkajs log entry says, and how loudly. An error-level entry whose cause is one of the
 * answers above is a warning that says it will be retried; the same cause in a crash (kafkajs gave
 * up retrying) stays an error, because then the service really cannot reach its broker.
 */
export function kafkaLogLine({ namespace, level, log }: Pick<LogEntry, 'namespace' | 'level' | 'log'>): KafkaLogLine {
  const cause = typeof log.error === 'string' ? log.error : undefined;
  const text = `${namespace}: ${log.message}${cause ? ` (${cause})` : ''}`;
  const crashed = /crash|retries exceeded/i.test(log.message);
  if (level === logLevel.ERROR && !crashed && (STILL_ELECTING.has(log.message) || STILL_ELECTING.has(cause ?? ''))) {
    return { level: 'warn', text: `${text}; the broker is still electing leaders or loading groups, retrying` };
  }
  if (level === logLevel.ERROR) return { level: 'error', text };
  if (level === logLevel.WARN) return { level: 'warn', text };
  if (level === logLevel.INFO) return { level: 'log', text };
  return { level: 'debug', text };
}

const kafkaLogger = new Logger('kafkajs');

/** kafkajs's own messages go through the service's JSON logger instead of straight to the console. */
export function logKafkaEntry(entry: LogEntry): void {
  const line = kafkaLogLine(entry);
  kafkaLogger[line.level](line.text);
}
