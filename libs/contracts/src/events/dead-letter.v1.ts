import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Min } from 'class-validator';

/** A message a consumer could not handle, kept whole with the reason so nothing is silently lost. */
export class DeadLetterV1 {
  @IsString()
  @IsNotEmpty()
  originalTopic!: string;

  @IsInt()
  @Min(0)
  partition!: number;

  @IsString()
  @IsNotEmpty()
  offset!: string;

  @IsOptional()
  @IsString()
  key?: string;

  /** The original message value, base64 so that bytes that are not valid JSON survive too. */
  @IsString()
  valueBase64!: string;

  @IsString()
  @IsNotEmpty()
  consumerGroup!: string;

  @IsString()
  @IsNotEmpty()
  error!: string;

  @IsInt()
  @Min(1)
  attempts!: number;

  @IsISO8601({ strict: true })
  failedAt!: string;
}
