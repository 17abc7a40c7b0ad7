import { rollupMarkdown, runRollup } from '../../bench/board/rollup';
import { quiet, smokeMachine, smokeTarget } from './smoke';

describe('bench: roll-up (smoke)', () => {
  it('cascades a province’s campaign through its prefectures and times the province’s board', async () => {
    const target = await smokeTarget('rollup');
    const result = await runRollup(
      target,
      await smokeMachine(target),
      { prefectures: 2, bureausPerPrefecture: 5, requests: 3 },
      quiet,
    );
    // The province's board counts its 2 prefectures and the 10 bureaus below them.
    expect(result.figures.rolledUp).toBe(12);
    expect(result.figures.board.requests).toBe(3);
    expect(rollupMarkdown(result)).toContain('roll-up');
  });
});
