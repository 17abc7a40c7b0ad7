import { latency, round, type Latency } from '../lib/stats';

/** What one load run at one concurrency measured (the API or the floor). */
export interface LoadResult {
  clients: number;
  durationS: number;
  ok: number;
  errors: number;
  perSecond: number;
  latencyMs: Latency;
  /** CPU ms per successful operation of the API process, or of the floor's own mysql2 client. */
  cpuMsPerOp?: number;
  /** The first few refused answers (status and body), to tell what went wrong. */
  errorSamples?: string[];
}

export function loadResult(
  clients: number,
  elapsedMs: number,
  ok: number,
  errors: number,
  samples: number[],
): LoadResult {
  return {
    clients,
    durationS: round(elapsedMs / 1000, 1),
    ok,
    errors,
    perSecond: round(ok / (elapsedMs / 1000)),
    latencyMs: latency(samples),
  };
}
