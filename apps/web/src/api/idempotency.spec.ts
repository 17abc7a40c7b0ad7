import { sendOnce } from './idempotency';

/** A refusal shaped like the console's ApiError (status 0 is a lost answer). */
const refusal = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status, code: 'X' });

describe('one Idempotency-Key per intended write', () => {
  const intent = (version: number) => ({
    path: '/reports/r1/actions',
    action: 'submit',
    expectedVersion: version,
  });

  it('re-sends the same key when the first press got no answer or a 503', async () => {
    const keys: string[] = [];
    for (const failure of [refusal(0), refusal(503)]) {
      await expect(
        sendOnce(intent(3), async (key) => {
          keys.push(key);
          throw failure;
        }),
      ).rejects.toThrow();
    }
    await sendOnce(intent(3), async (key) => keys.push(key));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^web-[0-9a-f]{24}$/);
  });

  it('takes a new key after a success, a definite refusal, or for a different intent', async () => {
    const first = await sendOnce(intent(4), async (key) => key);
    const afterSuccess = await sendOnce(intent(4), async (key) => key);
    expect(afterSuccess).not.toBe(first);

    let refused = '';
    await expect(
      sendOnce(intent(5), async (key) => {
        refused = key;
        throw refusal(409);
      }),
    ).rejects.toThrow();
    expect(await sendOnce(intent(5), async (key) => key)).not.toBe(refused);

    let lost = '';
    await expect(
      sendOnce(intent(6), async (key) => {
        lost = key;
        throw refusal(0);
      }),
    ).rejects.toThrow();
    expect(await sendOnce(intent(7), async (key) => key)).not.toBe(lost);
    expect(await sendOnce(intent(6), async (key) => key)).toBe(lost);
  });

  it('keeps the key after a busy answer (429) and a timeout (408)', async () => {
    const keys: string[] = [];
    for (const status of [429, 408]) {
      await expect(
        sendOnce(intent(8), async (key) => {
          keys.push(key);
          throw refusal(status);
        }),
      ).rejects.toThrow();
    }
    expect(keys[0]).toBe(keys[1]);
  });
});
