import { inputShape } from './input-shape';

function nested(levels: number): unknown {
  let value: unknown = 'x';
  for (let level = 0; level < levels; level++) value = level % 2 ? [value] : { inner: value };
  return value;
}

describe('inputShape', () => {
  it('counts how deeply objects and arrays nest', () => {
    expect(inputShape('text').depth).toBe(0);
    expect(inputShape({ a: 1 }).depth).toBe(1);
    expect(inputShape({ a: [{ b: 'c' }] }).depth).toBe(3);
    expect(inputShape(nested(10)).depth).toBe(10);
  });

  it('measures a hundred thousand levels without overflowing the stack', () => {
    expect(inputShape(nested(100_000)).depth).toBe(100_000);
  });

  it.each([
    ['a NUL character', 'a\u0000b'],
    ['a lone high surrogate', 'abc\ud800'],
    ['a lone low surrogate', '\udc00abc'],
  ])('finds %s, in values and in keys', (_what, text) => {
    expect(inputShape({ deep: [{ text }] }).hasUnstorableText).toBe(true);
    expect(inputShape({ [text]: 'value' }).hasUnstorableText).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('finds a key named %s, and says where', (key) => {
    // JSON.parse makes these own keys, as a request body or a message arrives.
    const parsed: unknown = JSON.parse(`{"children":[{"firstName":"Sam","${key}":{"admin":true}}]}`);
    expect(inputShape(parsed).reservedKeyAt).toBe(`children.0.${key}`);
    expect(inputShape({ children: [{ firstName: 'Sam', proto: 1 }] }).reservedKeyAt).toBeUndefined();
  });

  it('accepts any well-formed text, emoji and combining marks included', () => {
    expect(inputShape({ name: 'Siobhán 👩‍👩‍👧‍👦 Z̷a̵', note: "<script>' OR 1=1 --" }).hasUnstorableText).toBe(false);
  });
});
