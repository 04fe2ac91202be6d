import { LoggerService } from '@nestjs/common';
import { Consumer, ConsumerRunConfig } from 'kafkajs';

export interface KeepConsumingOptions {
  /** True once the service is shutting down: a crash then is expected and not restarted. */
  closing: () => boolean;
  logger: Pick<LoggerService, 'warn' | 'error'>;
  /** Wait before the n-th restart attempt in a row (ms). */
  delayMs?: (attempt: number) => number;
}

const DEFAULT_DELAY_MS = (attempt: number) => Math.min(30_000, 1000 * 2 ** (attempt - 1));

/**
 * Runs the consumer and starts it again whenever kafkajs abandons it. kafkajs restarts a crashed
 * consumer only when the error is "retriable"; a broker that is away for a few seconds surfaces
 * as "Failed to find group coordinator", which is not, and the consumer stops for good while the
 * service stays up and healthy, consuming nothing (found by `npm run chaos`). The consumer keeps
 * its subscriptions across a crash, so connecting and running it again is enough.
 */
export async function keepConsuming(
  consumer: Consumer,
  config: ConsumerRunConfig,
  options: KeepConsumingOptions,
): Promise<void> {
  const delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
  let restarting = false;
  const restart = async (attempt: number): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, delayMs(attempt)).unref());
    if (options.closing()) {
      restarting = false;
      return;
    }
    try {
      await consumer.connect();
      // From here a failure is a crash event again, handled below, not an exception.
      restarting = false;
      await consumer.run(config);
    } catch (error) {
      options.logger.warn(`consumer restart ${attempt} failed, trying again: ${(error as Error).message}`);
      await restart(attempt + 1);
    }
  };
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (payload.restart || options.closing() || restarting) return;
    restarting = true;
    options.logger.error(`consumer abandoned by kafkajs (${payload.error.message}); starting it again`);
    void restart(1);
  });
  await consumer.run(config);
}
