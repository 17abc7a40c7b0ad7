import { boardMarkdown, runBoard } from '../../bench/board/run';
import { quiet, smokeMachine, smokeTarget } from './smoke';

describe('bench: board (smoke)', () => {
  it('issues a campaign through the API and times the board and its CSV export', async () => {
    const target = await smokeTarget('board');
    const result = await runBoard(
      target,
      await smokeMachine(target),
      { units: 20, eventsPerReport: 3, boardRequests: 3, csvRequests: 3 },
      quiet,
    );
    expect(result.figures.units).toBe(20);
    expect(result.figures.board.requests).toBe(3);
    expect(result.figures.csv.bytes).toBeGreaterThan(0);
    // Revalidating an unchanged board: 304, no body.
    expect(result.figures.boardConditional.requests).toBe(3);
    expect(result.figures.boardConditional.bytes).toBe(0);
    expect(boardMarkdown(result)).toContain('board.csv');
  });
});
