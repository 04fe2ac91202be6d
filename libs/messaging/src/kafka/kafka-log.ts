import { Logger } from '@nestjs/common';
import { LogEntry, logLevel } from 'kafkajs';

/**
 * Broker answers that only mean "not yet": a broker that has just started is still electing
 * partition leaders and loading the consumer-group coordinator, and kafkajs retries each of these
 * by itself. kafkajs logs every such answer at error level, so a healthy start-up read like an
 * outage. The texts are kafkajs's own for Kafka's error codes 5, 6, 14, 15, 16 and 27.
 */
const STILL_ELECTING = new Set([
  'There is no leader for this topic-partition as we are in the middle of a leadership election',
  'This server is not the leader for that topic-partition',
  "The coordinator is loading and hence can't process requests",
  'The coordinator is not available',
  'This is not the correct coordinator',
  'The group is rebalancing, so a rejoin is needed',
]);

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
