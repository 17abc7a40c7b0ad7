import { z } from 'zod/v4';
import { jsonSchemaOf, named, namedJsonSchemas, Returns, timestamp } from './api-response';

const Sample = named(
  'SampleForSpec',
  z.object({ id: z.string(), at: timestamp(), count: z.number().int(), note: z.string().nullable() }),
);

/** Compiled by `npm run typecheck`: the second handler must not compile, or the contract is not enforced. */
export class SampleController {
  @Returns(200, Sample)
  matches() {
    return Promise.resolve({ id: 'a', at: new Date(), count: 1, note: null });
  }

  // @ts-expect-error count is a string: the handler no longer fits its documented schema.
  @Returns(200, Sample)
  drifts() {
    return { id: 'a', at: new Date(), count: '1', note: null };
  }
}

describe('response schemas', () => {
  it('a named schema is referenced, an array of one is an array of the reference', () => {
    expect(jsonSchemaOf(Sample)).toEqual({ $ref: '#/components/schemas/SampleForSpec' });
    expect(jsonSchemaOf(z.array(Sample))).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/SampleForSpec' },
    });
  });

  it('an unnamed object is refused, so every body the console reads has a type name', () => {
    expect(() => jsonSchemaOf(z.object({ id: z.string() }))).toThrow(/must be named/);
  });

  it('timestamps are ISO date-time strings and integers carry no safe-integer noise', () => {
    expect(namedJsonSchemas().SampleForSpec).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        id: { type: 'string' },
        at: { type: 'string', format: 'date-time' },
        count: { type: 'integer' },
        note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
      required: ['id', 'at', 'count', 'note'],
    });
  });
});
