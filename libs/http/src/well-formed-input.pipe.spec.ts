import { BadRequestException } from '@nestjs/common';
import { MAX_NESTING } from '@frontdoor/contracts';
import { WellFormedInputPipe } from './well-formed-input.pipe';

/** Arrays inside arrays, `levels` deep. */
const nested = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));

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

  it('refuses a __proto__ or constructor key anywhere, naming it like any other unknown field', () => {
    const body: unknown = JSON.parse('{"children":[{"firstName":"Sam","__proto__":{"isAdmin":true}}]}');
    expect(() => pipe.transform(body, { type: 'body' })).toThrow(
      expect.objectContaining({
        response: expect.objectContaining({
          errors: [{ field: 'children.0.__proto__', messages: ['property __proto__ should not exist'] }],
        }),
      }),
    );
    expect(() => pipe.transform(JSON.parse('{"constructor":{}}'), { type: 'query' })).toThrow(BadRequestException);
  });
});
