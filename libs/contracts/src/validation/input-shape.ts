/** Deeper than any request or message of ours: the deepest (a contact) nests about five levels. */
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
