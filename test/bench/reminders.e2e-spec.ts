import { remindersMarkdown, runReminders } from '../../bench/reminders/run';
import { quiet, smokeMachine, smokeTarget } from './smoke';

describe('bench: reminders (smoke)', () => {
  it('delivers every reminder of both patterns once through the real worker, and the floor sees them all', async () => {
    const target = await smokeTarget('reminders');
    const result = await runReminders(
      target,
      await smokeMachine(target),
      { count: 150, units: 3, spreadS: 1, concurrency: 10, floorSpread: false, leadMs: 1000 },
      quiet,
    );
    const phases = result.figures.phases.map((p) => `${p.system} ${p.pattern} ${p.lost} ${p.duplicates}`);
    expect(phases).toEqual(['product spread 0 0', 'product burst 0 0', 'floor burst 0 0']);
    expect(remindersMarkdown(result)).toContain('lateness');
  });
});
