/** Deeper than any request or message of ours: the deepest (a contact) nests about five levels. */
export const MAX_NESTING = 32;

/** A surrogate standing alone (in a `u` pattern a proper pair is one code point, not two). */
const LONE_SURROGATE = /\p{Surrogate}/u;

export interface InputShape {
  depth: number;
  /** A string that Postgres cannot store as text: a NUL character or half a surrogate pair. */
  hasUnstorableText: boolean;
  /**
   * Where the input has a key named after an object's own machinery (`__proto__`, `constructor`,
   * `prototype`), e.g. `children.0.__proto__`. class-transformer drops such keys without a word,
   * so the validator never sees them to refuse them like every other unknown key.
   */
  reservedKeyAt?: string;
}

const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How deeply a parsed JSON value nests and whether all its text is storable, walked without
 * recursion (a hostile body cannot overflow the stack here). Stops early past `stopAt` levels.
 */
export function inputShape(value: unknown, stopAt = Infinity): InputShape {
  let depth = 0;
  const pending: [node: unknown, level: number, path: string][] = [[value, 0, '']];
  while (pending.length > 0) {
    const [node, level, path] = pending.pop()!;
    if (typeof node === 'string') {
      if (node.includes('\u0000') || LONE_SURROGATE.test(node)) return { depth, hasUnstorableText: true };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    depth = Math.max(depth, level + 1);
    if (depth > stopAt) break;
    for (const [key, child] of Object.entries(node)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (RESERVED_KEYS.has(key)) return { depth, hasUnstorableText: false, reservedKeyAt: keyPath };
      pending.push([key, level + 1, keyPath], [child, level + 1, keyPath]);
    }
  }
  return { depth, hasUnstorableText: false };
}
