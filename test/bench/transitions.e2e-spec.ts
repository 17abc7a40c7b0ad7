import { runTransitions, transitionsMarkdown } from '../../bench/transitions/run';
import { quiet, smokeMachine, smokeTarget } from './smoke';

describe('bench: transitions (smoke)', () => {
  it('drives the review round through the real API and the floor through mysql2, with no errors', async () => {
    const target = await smokeTarget('transitions');
    const result = await runTransitions(
      target,
      await smokeMachine(target),
      { units: 4, reportsPerUnit: 8, levels: [4], durationS: 3, warmupS: 1 },
      quiet,
    );
    const [level] = result.figures.levels;
    expect(level.api.ok).toBeGreaterThan(0);
    expect(level.api.errors).toBe(0);
    expect(level.floor.ok).toBeGreaterThan(0);
    expect(level.floor.errors).toBe(0);
    expect(result.figures.inconsistentReports).toBe(0);
    expect(result.figures.auditEvents).toBeGreaterThanOrEqual(result.figures.okAnswers);
    expect(transitionsMarkdown(result)).toContain('API transitions/s');
  });
});
