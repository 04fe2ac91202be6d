import { EventEmitter } from 'node:events';
import { Consumer, ConsumerRunConfig } from 'kafkajs';
import { keepConsuming } from './keep-consuming';

/** The part of a kafkajs consumer keepConsuming touches: run, connect, and crash events. */
class CrashingConsumer extends EventEmitter {
  readonly events = { CRASH: 'consumer.crash' };
  runs: ConsumerRunConfig[] = [];
  connects = 0;
  failConnects = 0;

  async connect(): Promise<void> {
    this.connects++;
    if (this.failConnects > 0) {
      this.failConnects--;
      throw new Error('broker still away');
    }
  }

  async run(config: ConsumerRunConfig): Promise<void> {
    this.runs.push(config);
  }

  crash(restart: boolean): void {
    this.emit(this.events.CRASH, { payload: { error: new Error('Failed to find group coordinator'), restart } });
  }
}

const until = async (condition: () => boolean) => {
  for (let tick = 0; tick < 200 && !condition(); tick++) await new Promise((resolve) => setTimeout(resolve, 1));
};

describe('keepConsuming', () => {
  const logger = { warn: jest.fn(), error: jest.fn() };
  const config: ConsumerRunConfig = { eachMessage: async () => undefined };
  const start = (consumer: CrashingConsumer, closing = () => false) =>
    keepConsuming(consumer as unknown as Consumer, config, { closing, logger, delayMs: () => 1 });

  it('runs the consumer again with the same handlers when kafkajs abandons it', async () => {
    const consumer = new CrashingConsumer();
    await start(consumer);
    consumer.crash(false);
    await until(() => consumer.runs.length === 2);
    expect(consumer.runs).toEqual([config, config]);
    expect(consumer.connects).toBe(1);
  });

  it('keeps trying while the broker cannot be reached', async () => {
    const consumer = new CrashingConsumer();
    consumer.failConnects = 3;
    await start(consumer);
    consumer.crash(false);
    await until(() => consumer.runs.length === 2);
    expect(consumer.connects).toBe(4);
    expect(consumer.runs).toHaveLength(2);
  });

  it('leaves crashes kafkajs restarts itself, and any crash while the service closes', async () => {
    const consumer = new CrashingConsumer();
    let closing = false;
    await start(consumer, () => closing);
    consumer.crash(true);
    closing = true;
    consumer.crash(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(consumer.runs).toHaveLength(1);
    expect(consumer.connects).toBe(0);
  });
});
