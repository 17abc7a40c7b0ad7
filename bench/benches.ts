import type { BenchTarget } from './lib/env';
import type { Machine } from './lib/machine';
import type { BenchResult } from './lib/report';
import { boardMarkdown, runBoard } from './board/run';
import { rollupMarkdown, runRollup } from './board/rollup';
import { memoryMarkdown, runMemory } from './memory/run';
import { remindersMarkdown, runReminders } from './reminders/run';
import { runScale, scaleMarkdown } from './scale/run';
import { runTransitions, transitionsMarkdown } from './transitions/run';

export interface Bench {
  run: (target: BenchTarget, machine: Machine) => Promise<{ result: BenchResult<unknown>; markdown: string }>;
}

function bench<T>(
  run: (target: BenchTarget, machine: Machine) => Promise<BenchResult<T>>,
  markdown: (result: BenchResult<T>) => string,
): Bench {
  return {
    run: async (target, machine) => {
      const result = await run(target, machine);
      return { result, markdown: markdown(result) };
    },
  };
}

/** Every benchmark, in the order `npm run bench` runs them. */
export const BENCHES: Record<string, Bench> = {
  transitions: bench((t, m) => runTransitions(t, m), transitionsMarkdown),
  reminders: bench((t, m) => runReminders(t, m), remindersMarkdown),
  board: bench((t, m) => runBoard(t, m), boardMarkdown),
  rollup: bench((t, m) => runRollup(t, m), rollupMarkdown),
  memory: bench((t, m) => runMemory(t, m), memoryMarkdown),
  scale: bench((t, m) => runScale(t, m), scaleMarkdown),
};
