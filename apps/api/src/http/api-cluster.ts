import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { announceReady } from '@app/common';

/** What a forked API process tells the primary once it listens. */
const READY_MESSAGE = 'reportflow-api-ready';

export function apiProcessCount(setting: number | 'auto'): number {
  return setting === 'auto' ? Math.max(1, availableParallelism()) : setting;
}

/** Called by a forked API process once it listens; a no-op in a single-process API. */
export function reportListening(): void {
  if (cluster.isWorker) process.send?.(READY_MESSAGE);
}

export interface ApiClusterOptions {
  processes: number;
  readyFile?: string;
  /** The address people use, for the start-up line. */
  listeningOn: string;
  log: (line: string) => void;
}

/**
 * The primary of a multi-process API: forks `processes` copies that share the listening socket
 * (node:cluster hands connections round-robin), announces ready once every copy listens, starts a
 * copy again when one dies (one crashed request handler never takes the service down), and stops
 * them all on SIGTERM/SIGINT. It never serves requests itself.
 */
export function runApiCluster(options: ApiClusterOptions): void {
  const ready = new Set<number>();
  let announced = false;
  let stopping = false;
  const recentRestarts: number[] = [];

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (message !== READY_MESSAGE) return;
      ready.add(worker.id);
      if (!announced && ready.size >= options.processes) {
        announced = true;
        options.log(`ReportFlow API listening on ${options.listeningOn} (${options.processes} processes)`);
        announceReady(options.readyFile);
      }
    });
    return worker;
  };

  cluster.on('exit', (worker, code, signal) => {
    ready.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A copy that dies at start-up every time (bad configuration) must not be restarted forever.
    const now = Date.now();
    recentRestarts.push(now);
    while (recentRestarts.length && now - recentRestarts[0]! > 60_000) recentRestarts.shift();
    if (recentRestarts.length > options.processes * 5) {
      options.log('ReportFlow API: processes keep dying at start; stopping (see the lines above)');
      process.exit(1);
    }
    options.log(
      `ReportFlow API: process ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another`,
    );
    setTimeout(fork, 200);
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    // A copy that ignores SIGTERM (a hung request) is not allowed to hold the shutdown forever.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  for (let i = 0; i < options.processes; i++) fork();
}
