import { BadRequestException } from '@nestjs/common';
import { MAX_NESTING, WellFormedInputPipe, inputShape } from './well-formed-input.pipe';

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

  it('accepts any well-formed text, emoji and combining marks included', () => {
    expect(inputShape({ name: 'Siobhán 👩‍👩‍👧‍👦 Z̷a̵', note: "<script>' OR 1=1 --" }).hasUnstorableText).toBe(false);
  });
});

describe('WellFormedInputPipe', () => {
  const pipe = new WellFormedInputPipe();

  it('passes what nests up to the limit', () => {
    const value = nested(MAX_NESTING);
    expect(pipe.transform(value)).toBe(value);
  });

  it('leaves alone parameters the caller did not send (a handler context is deep by nature)', () => {
    const context = nested(MAX_NESTING + 10);
    expect(pipe.transform(context, { type: 'custom' })).toBe(context);
    expect(() => pipe.transform(context, { type: 'body' })).toThrow(BadRequestException);
    expect(() => pipe.transform(context, { type: 'query' })).toThrow(BadRequestException);
  });

  it('refuses what nests deeper, or carries unstorable text, with a 400', () => {
    expect(() => pipe.transform(nested(MAX_NESTING + 1))).toThrow(BadRequestException);
    expect(() => pipe.transform({ name: '\ud800' })).toThrow(BadRequestException);
  });
});
