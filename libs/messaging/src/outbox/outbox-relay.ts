import { CORRELATION_KAFKA_HEADER } from '@frontdoor/observability';
import { Logger } from '@nestjs/common';
import createSubscriber, { Subscriber } from 'pg-listen';
import { DataSource } from 'typeorm';
import { EventProducer } from '../kafka/event-producer';
import { OUTBOX_CHANNEL } from './outbox-writer';

export interface OutboxRelaySettings {
  /** How many rows one drain takes; a larger batch costs fewer round trips per message. */
  batchSize: number;
  /** Safety net: notifications are not durable, so poll this often anyway. */
  fallbackPollMs: number;
  /** Wait before retrying after Kafka or Postgres failed. */
  retryDelayMs: number;
}

export const DEFAULT_RELAY_SETTINGS: OutboxRelaySettings = { batchSize: 500, fallbackPollMs: 2000, retryDelayMs: 1000 };

/** Only one relay drains a database at a time, which keeps per-key order across replicas. */
const RELAY_LOCK_KEY = 7_301_001;

interface UnsentRow {
  id: string;
  topic: string;
  message_key: string;
  envelope: { eventId: string; type: string; correlationId: string };
}

/**
 * Publishes outbox rows to Kafka and marks them sent only after the broker acknowledged them.
 * A crash between the two resends the batch: consumers are idempotent, so that is harmless.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private subscriber?: Subscriber;
  private pollTimer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private drainAgain = false;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: EventProducer,
    private readonly connectionString: string,
    private readonly settings: OutboxRelaySettings = DEFAULT_RELAY_SETTINGS,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    // pg-listen stops reconnecting after 3 s by default; a Postgres restart takes longer, and the
    // relay would then wake only on its slow fallback poll for good (found by `npm run chaos`).
    this.subscriber = createSubscriber({ connectionString: this.connectionString }, { retryTimeout: Infinity });
    this.subscriber.notifications.on(OUTBOX_CHANNEL, () => this.wake());
    this.subscriber.events.on('error', (error) => this.logger.warn(`outbox listener: ${error.message}`));
    await this.subscriber.connect();
    await this.subscriber.listenTo(OUTBOX_CHANNEL);
    this.schedulePoll();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.pollTimer);
    await this.subscriber?.close().catch(() => undefined);
    await this.draining;
  }

  /** Starts a drain, or asks the running one to look again when it finishes. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.drainUntilEmpty().finally(() => {
      this.draining = undefined;
      if (this.drainAgain) {
        this.drainAgain = false;
        this.wake();
      }
    });
  }

  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => {
      this.wake();
      if (!this.stopped) this.schedulePoll();
    }, this.settings.fallbackPollMs);
    this.pollTimer.unref();
  }

  private async drainUntilEmpty(): Promise<void> {
    while (!this.stopped) {
      try {
        const published = await this.publishBatch();
        if (published < this.settings.batchSize) return;
      } catch (error) {
        this.logger.warn(`outbox publish failed, will retry: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, this.settings.retryDelayMs));
      }
    }
  }

  private async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [RELAY_LOCK_KEY]);
      if (!locked) return 0;
      const rows: UnsentRow[] = await manager.query(
        `SELECT id, topic, message_key, envelope FROM outbox_messages
          WHERE sent_at IS NULL ORDER BY id LIMIT $1`,
        [this.settings.batchSize],
      );
      if (rows.length === 0) return 0;
      await this.producer.send(
        rows.map((row) => ({
          topic: row.topic,
          key: row.message_key,
          value: JSON.stringify(row.envelope),
          headers: { 'event-type': row.envelope.type, [CORRELATION_KAFKA_HEADER]: row.envelope.correlationId },
        })),
      );
      await manager.query(`UPDATE outbox_messages SET sent_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }
}
