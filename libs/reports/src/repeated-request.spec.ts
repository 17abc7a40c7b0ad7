import { AppError } from '@app/common';
import type { StoredResponse } from './idempotency.repository';
import { answeredOnce } from './repeated-request';

const moved = new AppError(409, 'STALE_VERSION', 'The report moved on');

function answersWith(stored: StoredResponse | null | Error) {
  const find = jest.fn(async () => {
    if (stored instanceof Error) throw stored;
    return stored;
  });
  return { find };
}

describe('answeredOnce', () => {
  it('answers a first request with its own answer and never looks a key up', async () => {
    const answers = answersWith(null);
    await expect(
      answeredOnce({ answers, userId: 'u', key: 'k', fingerprint: 'f' }, async () => 'done'),
    ).resolves.toBe('done');
    expect(answers.find).not.toHaveBeenCalled();
  });

  it('answers a repeat that failed (the state moved on) with the first answer', async () => {
    const answers = answersWith({ requestHash: 'f', statusCode: 200, response: { version: 3 } });
    await expect(
      answeredOnce({ answers, userId: 'u', key: 'k', fingerprint: 'f' }, async () => {
        throw moved;
      }),
    ).resolves.toEqual({ version: 3 });
    expect(answers.find).toHaveBeenCalledWith('u', 'k');
  });

  it('refuses a key reused for a different request (422), whatever the write said', async () => {
    const answers = answersWith({ requestHash: 'other', statusCode: 200, response: {} });
    await expect(
      answeredOnce({ answers, userId: 'u', key: 'k', fingerprint: 'f' }, async () => {
        throw moved;
      }),
    ).rejects.toMatchObject({ statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('leaves the write’s own error standing without a key, with an unknown key, or when the lookup fails', async () => {
    for (const [key, answers] of [
      [undefined, answersWith(null)],
      ['k', answersWith(null)],
      ['k', answersWith(new Error('database away'))],
    ] as const) {
      await expect(
        answeredOnce({ answers, userId: 'u', key, fingerprint: 'f' }, async () => {
          throw moved;
        }),
      ).rejects.toBe(moved);
    }
  });
});
