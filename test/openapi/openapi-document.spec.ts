import { OpenApiDocument, refsIn, requestExamples } from './openapi-document';

const document: OpenApiDocument = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Note: {
        type: 'object',
        properties: {
          text: { type: 'string', example: 'Agreed' },
          kind: { type: 'string', enum: ['a', 'b'] },
          count: { type: 'number' },
          tags: { type: 'array', items: { type: 'string', example: 'x' } },
        },
        required: ['text', 'kind'],
      },
      Decision: {
        type: 'object',
        properties: { reason: { type: 'string' }, note: { $ref: '#/components/schemas/Note' } },
        required: ['reason'],
      },
    },
  },
};

describe('requestExamples (what Swagger UI puts in "Try it out")', () => {
  it('prefers the media type example, then its named examples', () => {
    expect(requestExamples(document, { example: { a: 1 }, examples: { x: { value: 2 } } })).toEqual({
      examples: [{ name: 'example', value: { a: 1 } }],
      missing: [],
    });
    expect(requestExamples(document, { examples: { one: { value: 1 }, two: { value: 2 } } }).examples).toEqual([
      { name: 'one', value: 1 },
      { name: 'two', value: 2 },
    ]);
  });

  it('builds a body from property examples, enums and placeholders when there is none', () => {
    expect(requestExamples(document, { schema: { $ref: '#/components/schemas/Note' } })).toEqual({
      examples: [{ name: 'built from the schema', value: { text: 'Agreed', kind: 'a', count: 0, tags: ['x'] } }],
      missing: [],
    });
  });

  it('names each required property without an example, however deep', () => {
    const { missing } = requestExamples(document, { schema: { $ref: '#/components/schemas/Decision' } });

    expect(missing).toEqual(['body.reason (required) has no example']);
  });

  it('finds every $ref', () => {
    expect(refsIn(document)).toEqual(['#/components/schemas/Note']);
  });
});
