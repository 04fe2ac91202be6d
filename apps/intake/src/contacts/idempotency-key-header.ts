import { BadRequestException } from '@nestjs/common';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,128}$/;

/** Keys are opaque to us but must be short and printable, since we store and compare them. */
export function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new BadRequestException({
      title: 'Invalid request',
      detail: 'Idempotency-Key must be 1-128 characters: letters, digits, ".", "_", ":" or "-".',
      errors: [{ field: 'Idempotency-Key', messages: ['must be 1-128 characters of [A-Za-z0-9_.:-]'] }],
    });
  }
  return header;
}
