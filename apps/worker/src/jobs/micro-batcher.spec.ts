import { ItemFailed, MicroBatcher } from './micro-batcher';

/** A batch function that records each batch and resolves when the test says so. */
function controlled() {
  const batches: number[][] = [];
  const release: Array<() => void> = [];
  const run = (items: number[]) => {
    batches.push(items);
    return new Promise<number[]>((resolve) => release.push(() => resolve(items.map((i) => i * 10))));
  };
  return { batches, release, run };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('MicroBatcher', () => {
  it('sends a lone item at the next turn of the event loop and gives it its own result', async () => {
    const batcher = new MicroBatcher<number, number>(async (items) => items.map((i) => i + 1));
    await expect(batcher.submit(41)).resolves.toBe(42);
  });

  it('gathers items submitted together into one batch, each getting its own result', async () => {
    const seen: number[][] = [];
    const batcher = new MicroBatcher<number, string>(async (items) => {
      seen.push(items);
      return items.map((i) => `r${i}`);
    });
    const results = await Promise.all([1, 2, 3, 4].map((i) => batcher.submit(i)));
    expect(results).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(seen).toEqual([[1, 2, 3, 4]]);
  });

  it('never runs more than `parallel` batches; what arrives meanwhile goes when one finishes', async () => {
    const c = controlled();
    const batcher = new MicroBatcher<number, number>(c.run, 2, 1);
    const first = [batcher.submit(1), batcher.submit(2)]; // full: goes at once
    const waiting = [batcher.submit(3), batcher.submit(4), batcher.submit(5)];
    await tick();
    expect(c.batches).toEqual([[1, 2]]);
    c.release[0]();
    await expect(Promise.all(first)).resolves.toEqual([10, 20]);
    await tick();
    expect(c.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    c.release[1]();
    await tick();
    expect(c.batches).toEqual([[1, 2], [3, 4], [5]]);
    c.release[2]();
    await expect(Promise.all(waiting)).resolves.toEqual([30, 40, 50]);
  });

  it('fails only the items of the batch that failed', async () => {
    let calls = 0;
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        calls++;
        if (calls === 1) throw new Error('deadlock');
        return items;
      },
      2,
      1,
    );
    const failed = [batcher.submit(1), batcher.submit(2)].map((p) => p.catch((e: Error) => e.message));
    const later = batcher.submit(3);
    expect(await Promise.all(failed)).toEqual(['deadlock', 'deadlock']);
    await expect(later).resolves.toBe(3);
  });

  it('rejects only the item the batch answers with ItemFailed', async () => {
    const batcher = new MicroBatcher<number, number>(async (items) =>
      items.map((i) => (i === 2 ? new ItemFailed(new Error('bad item')) : i)),
    );
    const settled = await Promise.allSettled([1, 2, 3].map((i) => batcher.submit(i)));
    expect(settled).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: new Error('bad item') },
      { status: 'fulfilled', value: 3 },
    ]);
  });
});
