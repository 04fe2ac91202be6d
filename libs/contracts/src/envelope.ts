import {
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

/**
 * Every Kafka message is this envelope around a versioned payload. The envelope carries what a
 * consumer needs to be idempotent (eventId), to route and evolve (type, version), and to trace a
 * child's case across services (correlationId) without opening the payload.
 */
export class EventEnvelope<P extends object = object> {
  @IsUUID()
  eventId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  type!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  occurredAt!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  correlationId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  producer!: string;

  /**
   * W3C trace context (`traceparent`) of the work that raised the event, when tracing is on, so
   * the consumer's work joins the same trace across the outbox.
   */
  @IsOptional()
  @Matches(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/)
  traceparent?: string;

  /** Validated separately, against the topic's own payload class. */
  @IsObject()
  payload!: P;
}
