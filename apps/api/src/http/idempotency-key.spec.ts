import { checkedIdempotencyKey } from './idempotency-key';

function refusal(value: string | string[]): unknown {
  try {
    checkedIdempotencyKey(value);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('checkedIdempotencyKey', () => {
  it('passes an absent key and a well-formed one through', () => {
    expect(checkedIdempotencyKey(undefined)).toBeUndefined();
    expect(checkedIdempotencyKey('submit-2016-abcdef')).toBe('submit-2016-abcdef');
  });

  it.each([
    ['short'],
    ['has space in it'],
    ['中文键值一二三四五'],
    ['x'.repeat(101)],
    [['a-valid-key', 'another-key']],
  ])('refuses %p with a 400 that says what a key must look like', (value) => {
    expect(refusal(value)).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('8-100 characters'),
      // Named as every other VALIDATION_FAILED names its field (the console says it in Chinese).
      details: { fields: [expect.stringMatching(/^Idempotency-Key: /)] },
    });
  });
});
