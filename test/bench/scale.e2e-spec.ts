import { runScale, scaleMarkdown } from '../../bench/scale/run';
import { quiet, smokeMachine, smokeTarget } from './smoke';

describe('bench: scale-out (smoke)', () => {
  it('two APIs and two workers: transitions through both, reminders once', async () => {
    const target = await smokeTarget('scale');
    const result = await runScale(
      target,
      await smokeMachine(target),
      { units: 4, reportsPerUnit: 8, clients: 4, durationS: 1, reminders: 100 },
      quiet,
    );
    expect(result.checks.filter((c) => !c.met)).toEqual([]);
    expect(scaleMarkdown(result)).toContain('two APIs');
  });
});
