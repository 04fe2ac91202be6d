import { MAX_NESTING, inputShape } from '@frontdoor/contracts';
import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/**
 * Refuses, before validation sees it, input no request of ours can need: nesting deeper than
 * MAX_NESTING (class-transformer and class-validator recurse, and thousands of levels overflow
 * the stack), keys such as `__proto__` (which class-transformer drops unseen) and text Postgres
 * would refuse to store (NUL, lone surrogates), which would otherwise surface as a 500 from the
 * database.
 */
@Injectable()
export class WellFormedInputPipe implements PipeTransform {
  transform(value: unknown, metadata?: ArgumentMetadata): unknown {
    // Only what a caller sent: other parameters (the signed-in user, a Kafka handler's context
    // with its transaction) are our own objects, and deep by nature.
    if (metadata && metadata.type !== 'body' && metadata.type !== 'query') return value;
    const shape = inputShape(value, MAX_NESTING);
    if (shape.depth > MAX_NESTING) {
      throw new BadRequestException({
        title: 'Invalid request',
        detail: `The request nests more than ${MAX_NESTING} levels deep; nothing was saved.`,
      });
    }
    if (shape.reservedKeyAt) {
      // Refused as the validator refuses any other unknown key.
      throw new BadRequestException({
        title: 'Invalid request',
        detail: '1 field(s) are missing or invalid; nothing was saved.',
        errors: [
          {
            field: shape.reservedKeyAt,
            messages: [`property ${shape.reservedKeyAt.split('.').pop()} should not exist`],
          },
        ],
      });
    }
    if (shape.hasUnstorableText) {
      throw new BadRequestException({
        title: 'Invalid request',
        detail:
          'The request contains text that is not valid Unicode (a NUL character or a broken surrogate pair); nothing was saved.',
      });
    }
    return value;
  }
}
