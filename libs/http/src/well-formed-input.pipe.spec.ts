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
});
