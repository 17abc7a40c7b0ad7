import { memoryMarkdown, runMemory } from '../../bench/memory/run';
import { quiet, smokeMachine, smokeTarget } from './smoke';

describe('bench: memory (smoke)', () => {
  it('lets the worker schedule every open deadline as timer rows, with no Redis key per reminder', async () => {
    const target = await smokeTarget('memory');
    const result = await runMemory(
      target,
      await smokeMachine(target),
      { count: 300, units: 3, timeoutMs: 30_000 },
      quiet,
    );
    expect(result.checks[0]).toMatchObject({ target: 'every seeded deadline scheduled', met: true });
    expect(result.figures.workerRssMb).toBeGreaterThan(0);
    // One job per instant (all 300 fall due at one), not one per reminder as before the timers were rows.
    expect(result.figures.redisKeys).toBeLessThan(50);
    expect(memoryMarkdown(result)).toContain('bytes per reminder');
  });
});
