import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { NEXT_MOVE, type IdleReports, type LiveReport } from './cycle';
import { loadResult, type LoadResult } from './load-result';

/** What one connection remembers between building a request and reading its answer. */
interface Slot {
  index?: number;
}

/**
 * `clients` concurrent HTTP connections (autocannon, one request in flight each) taking the next
 * move on whichever report nobody is acting on, through POST /reports/:id/actions with the unit
 * user's bearer token and an Idempotency-Key, as the web console does.
 */
export async function apiLoad(opts: {
  baseUrl: string;
  clients: number;
  durationS: number;
  reports: LiveReport[];
  /** Shared across runs: a report still in flight when a run stops never comes back (its version is unknown). */
  idle: IdleReports;
  tokens: string[];
}): Promise<LoadResult> {
  const idle = opts.idle;
  const samples: number[] = [];
  let ok = 0;
  let refused = 0;
  const errorSamples: string[] = [];
  const started = performance.now();
  let finish: (value: autocannon.Result) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: opts.baseUrl,
      connections: opts.clients,
      pipelining: 1,
      duration: opts.durationS,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          setupRequest: (req, context) => {
            const index = idle.take();
            if (index === undefined) throw new Error('every report is in flight: seed more reports');
            const report = opts.reports[index];
            (context as Slot).index = index;
            const move = NEXT_MOVE[report.state];
            return {
              ...req,
              path: `/reports/${report.id}/actions`,
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${opts.tokens[report.unitIndex]}`,
                'idempotency-key': randomUUID(),
              },
              body: JSON.stringify({
                action: move.action,
                expectedVersion: report.version,
                ...(move.comment ? { comment: move.comment } : {}),
                ...(move.fields ? { fields: move.fields } : {}),
              }),
            };
          },
          onResponse: (status, body, context) => {
            const index = (context as Slot).index as number;
            const report = opts.reports[index];
            if (status === 200) {
              const parsed = JSON.parse(body) as { report: { state: string; version: number } };
              report.state = parsed.report.state;
              report.version = parsed.report.version;
              ok++;
            } else {
              refused++;
              if (errorSamples.length < 3) errorSamples.push(`${status} ${body.slice(0, 300)}`);
              // A 409 says where the report really is; follow it so the next move is valid again.
              const details = (
                JSON.parse(body) as { details?: { currentState?: string; currentVersion?: number } }
              ).details;
              if (details?.currentState && details.currentVersion) {
                report.state = details.currentState;
                report.version = details.currentVersion;
              }
            }
            idle.give(index);
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  const result = await done;
  const elapsed = performance.now() - started;
  // Socket errors and timeouts never reach onResponse; autocannon counts them.
  return {
    ...loadResult(opts.clients, elapsed, ok, refused + result.errors + result.timeouts, samples),
    ...(errorSamples.length ? { errorSamples } : {}),
  };
}
