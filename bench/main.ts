/**
 * `node dist/bench/main.js [transitions|reminders|board|memory|scale ...]` (all when none named):
 * recreates the bench database, runs each benchmark, writes bench/results/<name>.json and
 * refreshes its table in BENCHMARKS.md. Started by bench/run.sh (npm run bench[:name]).
 */
import { claimBenchTarget, freshDatabase } from './lib/database';
import { benchTarget, type BenchTarget } from './lib/env';
import { describeMachine } from './lib/machine';
import { deletePrefix } from './lib/redis';
import { updateBenchmarksMd } from './lib/benchmarks-md';
import { writeJson } from './lib/report';
import { BENCHES } from './benches';

async function main(): Promise<void> {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const selected = names.length ? names : Object.keys(BENCHES);
  for (const name of selected) if (!(name in BENCHES)) throw new Error(`unknown benchmark ${name}`);
  const target = benchTarget();
  const t0 = Date.now();
  console.log(
    `bench: database ${new URL(target.databaseUrl).pathname.slice(1)}, Redis prefix ${target.prefix}`,
  );
  const claim = await claimBenchTarget(target.databaseUrl, target.prefix);
  await freshDatabase(target.databaseUrl);
  await deletePrefix(target.redis, target.prefix);
  try {
    await runSelected(selected, target);
  } finally {
    await claim.release();
  }
  console.log(`bench: all done in ${Math.round((Date.now() - t0) / 1000)} s; BENCHMARKS.md updated`);
}

async function runSelected(selected: string[], target: BenchTarget): Promise<void> {
  for (const name of selected) {
    const bench = BENCHES[name];
    const machine = await describeMachine(target.databaseUrl, target.redis);
    const { result, markdown } = await bench.run(target, machine);
    const file = writeJson(result);
    await updateBenchmarksMd(name, machine, markdown);
    const missed = result.checks.filter((c) => !c.met);
    console.log(
      `bench: ${name} done in ${result.durationS} s -> ${file}; ` +
        (missed.length
          ? `missed: ${missed.map((c) => `${c.target} (${c.measured})`).join('; ')}`
          : 'every target met'),
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
