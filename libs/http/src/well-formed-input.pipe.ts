import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** Deeper than any request of ours: the deepest body (a contact) nests about five levels. */
export const MAX_NESTING = 32;

/** A surrogate standing alone (in a `u` pattern a proper pair is one code point, not two). */
const LONE_SURROGATE = /\p{Surrogate}/u;

export interface InputShape {
  depth: number;
  /** A string that Postgres cannot store as text: a NUL character or half a surrogate pair. */
  hasUnstorableText: boolean;
}

/**
 * How deeply a parsed JSON value nests and whether all its text is storable, walked without
 * recursion (a hostile body cannot overflow the stack here). Stops early past `stopAt` levels.
 */
export function inputShape(value: unknown, stopAt = Infinity): InputShape {
  let depth = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [node, level] = pending.pop()!;
    if (typeof node === 'string') {
      if (node.includes('\u0000') || LONE_SURROGATE.test(node)) return { depth, hasUnstorableText: true };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    depth = Math.max(depth, level + 1);
    if (depth > stopAt) break;
    for (const [key, child] of Object.entries(node)) pending.push([key, level + 1], [child, level + 1]);
  }
  return { depth, hasUnstorableText: false };
}

/**
 * Refuses, before validation sees it, input no request of ours can need: nesting deeper than
 * MAX_NESTING (class-transformer and class-validator recurse, and thousands of levels overflow
 * the stack) and text Postgres would refuse to store (NUL, lone surrogates), which would
 * otherwise surface as a 500 from the database.
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
