import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { bullMqConnection, QUEUES } from '@app/queue';
import { toAuditEvent, verifyChain, type AuditEventRow } from '@app/reports';
import type { Role } from '@app/workflow';
import { completeSections } from '../support/content';
import { createUnit, createUser, FACTORY_PASSWORD, relaxDutySeparation } from '../support/factories';
import { freePort } from '../support/private-servers';
import { spawnApp } from '../support/processes';
import { countReminders, seedDueReminders } from '../support/reminder-seed';
import { waitFor } from '../support/wait';

/**
 * The pieces of a failover drill (test/replica/primary-failover, test/failover/both-failovers): API
 * and worker processes, a prefecture whose bureaus move their reports along under a steady load of
 * transitions, units owed due reminders, and the checks a user would care about once a failover is
 * over: every transition answered 200 is in its report's audit chain exactly once, every chain
 * verifies, nothing waits in the outbox, every reminder was delivered exactly once.
 */

export interface Answer {
  status: number | 'no-answer';
  body: Record<string, unknown> | null;
}

/** One HTTP call to an API process on loopback; no answer within 15 s (or no connection) is 'no-answer'. */
export async function call(
  port: number,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    return {
      status: res.status,
      body: (await res.json().catch(() => null)) as Record<string, unknown> | null,
    };
  } catch {
    return { status: 'no-answer', body: null };
  }
}

/** API processes and one worker process, spawned from the built apps; an unexpected exit is recorded. */
export class DrillProcesses {
  readonly apis: Array<{ port: number; process: ChildProcess }> = [];
  worker: ChildProcess | undefined;
  /** Every exit of a process (none is expected: the apps must ride out the failovers). */
  readonly exits: string[] = [];
  /** The last lines each process wrote to stderr (warnings and errors), for a failure message. */
  private readonly stderrTails = new Map<string, string[]>();

  constructor(readonly env: Record<string, string>) {}

  async startApis(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      this.apis.push({ port, process: this.spawnWatched('api', { API_PORT: String(port) }) });
      const ready = await waitFor(
        `the API process on port ${port} to be ready`,
        async () => (await call(port, 'GET', '/health/ready', null)).status === 200,
        // A start takes 15-35 s at load ~25 on this 2-core machine (module loading is CPU-bound);
        // 60 s was exceeded there with nothing wrong but the load.
        { timeoutMs: 180_000, intervalMs: 200 },
      ).catch((error: Error) => error);
      if (ready instanceof Error)
        throw new Error(
          `${ready.message}; /health/ready answers ${(await call(port, 'GET', '/health/ready', null)).status}; ` +
            `process exits: ${this.exits.join(', ') || 'none'}\n${this.stderrOf('api')}`,
        );
    }
  }

  startWorker(): void {
    this.worker = this.spawnWatched('worker');
  }

  anyApi(): number {
    return this.apis[Math.floor(Math.random() * this.apis.length)].port;
  }

  /** SIGKILL: the test is over, there is nothing to shut down gracefully for. */
  all(): ChildProcess[] {
    return [...this.apis.map((api) => api.process), ...(this.worker ? [this.worker] : [])];
  }

  /**
   * Where the work stands, for the message of a wait that timed out: what each queue holds, the
   * outbox rows waiting, the reminders logged, whether the worker's reconciler still runs, and the
   * last warnings and errors each process wrote. Every probe is bounded (a Redis mid-failover may
   * not answer), and a probe that fails says so instead of hiding the original failure.
   */
  async snapshot(db: DataSource): Promise<string> {
    const lines: string[] = [];
    const bounded = <T>(what: string, work: Promise<T>): Promise<T | string> =>
      Promise.race([
        work,
        new Promise<string>((resolve) => setTimeout(() => resolve(`${what}: no answer in 5 s`), 5000)),
      ]).catch((error: Error) => `${what}: ${error.message}`);
    const outbox = await bounded(
      'outbox',
      db.query(
        `SELECT COUNT(*) AS waiting, MIN(created_at) AS oldest FROM outbox WHERE relayed_at IS NULL`,
      ) as Promise<Array<{ waiting: string; oldest: Date | null }>>,
    );
    lines.push(
      typeof outbox === 'string'
        ? outbox
        : `outbox: ${outbox[0].waiting} waiting (oldest ${outbox[0].oldest?.toISOString() ?? '-'})`,
    );
    const logged = await bounded(
      'reminder log',
      db.query('SELECT COUNT(*) AS n FROM reminder_log') as Promise<Array<{ n: string }>>,
    );
    lines.push(typeof logged === 'string' ? logged : `reminders logged (all units): ${logged[0].n}`);
    // A statement the database is still working on (or waiting on a lock for), from any app process.
    const busy = await bounded(
      'database statements',
      db.query(
        `SELECT COUNT(*) AS n, MAX(TIME) AS longest, SUBSTRING(MAX(CONCAT(LPAD(TIME, 8, '0'), ' ', IFNULL(STATE, ''), ': ', IFNULL(INFO, ''))), 10, 200) AS what
           FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND COMMAND <> 'Sleep' AND ID <> CONNECTION_ID()`,
      ) as Promise<Array<{ n: string; longest: number | null; what: string | null }>>,
    );
    lines.push(
      typeof busy === 'string'
        ? busy
        : `database: ${busy[0].n} statements running, the longest for ${busy[0].longest ?? 0} s (${busy[0].what ?? '-'})`,
    );
    const config = loadConfig({ ...process.env, ...this.env }, '');
    for (const name of Object.values(QUEUES)) {
      const queue = new Queue(name, {
        connection: bullMqConnection(config.redis.topology),
        prefix: config.redis.prefix,
      });
      const counts = await bounded(
        `queue ${name}`,
        queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'failed', 'completed'),
      );
      lines.push(typeof counts === 'string' ? counts : `queue ${name}: ${JSON.stringify(counts)}`);
      // Which jobs failed for good, and why: a failed reminders-due is re-driven by the reconciler, a
      // failed transition-notify by nothing, so the two must be told apart.
      const failed = await bounded(
        `failed jobs of ${name}`,
        queue.getFailed(0, 499).then((jobs) => {
          const byName = new Map<string, number>();
          for (const job of jobs) if (job) byName.set(job.name, (byName.get(job.name) ?? 0) + 1);
          const reason = jobs.find((job) => job?.failedReason)?.failedReason?.slice(0, 200);
          return `${JSON.stringify(Object.fromEntries(byName))}${reason ? ` (one reason: ${reason})` : ''}`;
        }),
      );
      if (failed !== '{}') lines.push(`  failed by job: ${failed}`);
      if (name === QUEUES.deadlines) {
        const metrics = await bounded(
          'reconciler metrics',
          queue.client.then((client) => client.hgetall(`${config.redis.prefix}:metrics:reconciler`)),
        );
        lines.push(
          typeof metrics === 'string' ? metrics : `reconciler: ${JSON.stringify(metrics)} (runs so far)`,
        );
      }
      await bounded(
        `closing the probe of ${name}`,
        queue.close().then(() => queue.disconnect()),
      );
    }
    lines.push(`process exits: ${this.exits.length ? this.exits.join(', ') : 'none'}`);
    lines.push(this.stderrOf());
    return lines.join('\n');
  }

  /** The last stderr lines of each process (of the API processes, or the worker, if asked). */
  private stderrOf(app?: 'api' | 'worker'): string {
    const lines: string[] = [];
    for (const [name, tail] of this.stderrTails)
      if (!app || name.startsWith(app))
        lines.push(`${name} stderr (last ${tail.length} lines):`, ...tail.map((line) => `  ${line}`));
    return lines.join('\n');
  }

  private spawnWatched(app: 'api' | 'worker', extra: Record<string, string> = {}): ChildProcess {
    const child = spawnApp(app, { ...this.env, ...extra });
    const name = `${app}${extra.API_PORT ? ` :${extra.API_PORT}` : ''} (pid ${child.pid})`;
    const tail: string[] = [];
    this.stderrTails.set(name, tail);
    child.stderr?.on('data', (chunk: Buffer) => {
      tail.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => l.slice(0, 400)),
      );
      tail.splice(0, Math.max(0, tail.length - 15));
    });
    child.once('exit', (code, signal) => this.exits.push(`${app} exited (${code ?? signal})`));
    return child;
  }
}

/** Runs a bounded wait; when it times out, its message also says where the work stands (snapshot). */
export async function explained<T>(apps: DrillProcesses, db: DataSource, wait: Promise<T>): Promise<T> {
  try {
    return await wait;
  } catch (error) {
    const snapshot = await apps.snapshot(db).catch((e: Error) => `(no snapshot: ${e.message})`);
    throw new Error(`${(error as Error).message}\n--- where the work stands:\n${snapshot}`);
  }
}

export interface Bureaus {
  coordinator: { id: string; username: string };
  prefecture: Awaited<ReturnType<typeof createUnit>>;
  bureaus: Array<{ id: string; name: string; user: string }>;
}

/**
 * A prefecture with `units` bureaus and the province above it. In each bureau one person takes the
 * whole chain and a colleague holds the same roles but never acts, so every move's in-app
 * notification has someone to go to (nobody is told of their own move). The coordinator sits in
 * the province, the unit a prefecture bureau's report goes up to (receivingUnitOf): there they are
 * told of a dispatch and can accept or return it; in the prefecture they were neither.
 */
export async function seedBureaus(db: DataSource, units: number): Promise<Bureaus> {
  const region = await createUnit(db, null, { kind: 'government', level: 'province', name: '故障切换区' });
  const prefecture = await createUnit(db, region, {
    kind: 'government',
    level: 'prefecture',
    name: '切换州',
  });
  const coordinator = await createUser(db, region.id, ['coordinator']);
  const bureaus: Bureaus['bureaus'] = [];
  const chain: Role[] = ['drafter', 'dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader'];
  for (let i = 0; i < units; i++) {
    const bureau = await createUnit(db, prefecture, {
      kind: 'department',
      level: 'prefecture',
      name: `切换州第${i}局`,
    });
    const user = await createUser(db, bureau.id, chain);
    await createUser(db, bureau.id, chain);
    await relaxDutySeparation(db, bureau.id);
    bureaus.push({ id: bureau.id, name: bureau.name, user: user.username });
  }
  return { coordinator, prefecture, bureaus };
}

/** A bureau of the prefecture owed `count` reminders that are due now; returns its unit id. */
export async function seedRemindedUnit(
  db: DataSource,
  { prefecture, coordinator }: Bureaus,
  name: string,
  count: number,
): Promise<string> {
  const unit = await createUnit(db, prefecture, { kind: 'department', level: 'prefecture', name });
  await createUser(db, unit.id, ['drafter']);
  await seedDueReminders(db, unit.id, coordinator.id, count);
  return unit.id;
}

export async function login(port: number, username: string): Promise<string> {
  const answer = await call(port, 'POST', '/auth/login', null, { username, password: FACTORY_PASSWORD });
  if (answer.status !== 200) throw new Error(`login of ${username}: ${answer.status}`);
  return answer.body!.accessToken as string;
}

export interface DrillReport {
  id: string;
  token: string;
}

/** Each bureau creates its report for `year` and saves complete content (revision 1). */
export async function createReports(
  port: number,
  { bureaus }: Bureaus,
  year: number,
): Promise<DrillReport[]> {
  const reports: DrillReport[] = [];
  for (const bureau of bureaus) {
    const token = await login(port, bureau.user);
    const created = await call(port, 'POST', '/reports', token, { unitId: bureau.id, reportYear: year });
    if (created.status !== 201) throw new Error(`creating a report: ${created.status}`);
    const id = created.body!.id as string;
    const saved = await call(port, 'POST', `/reports/${id}/revisions`, token, {
      basedOnRevision: 0,
      sections: completeSections(bureau.name, year),
    });
    if (saved.status !== 201) throw new Error(`saving a report: ${saved.status}`);
    reports.push({ id, token });
  }
  return reports;
}

export interface Attempt {
  reportId: string;
  action: string;
  key: string;
  body: Record<string, unknown>;
  token: string;
  status: number | 'no-answer';
  error?: unknown;
  seq?: number;
  /** The drill's phase when the answer came (e.g. 'before', 'after promotion'). */
  phase: string;
}

/**
 * Actors moving random reports along whatever action they offer, each with its own Idempotency-Key,
 * until stopped; `pause()` lets every request in flight finish and holds the actors, so the checks
 * see a quiet database, and `resume()` lets them go on.
 */
export class TransitionLoad {
  readonly attempts: Attempt[] = [];
  phase = 'before';
  private running = false;
  private held: Promise<void> | null = null;
  private release: () => void = () => undefined;
  private readonly idle = new Set<number>();
  private actors: Array<Promise<void>> = [];

  constructor(
    private readonly apps: DrillProcesses,
    private readonly reports: DrillReport[],
    private readonly coordinatorToken: string,
  ) {}

  start(actors: number): void {
    this.running = true;
    this.actors = Array.from({ length: actors }, (_, i) => this.actor(i));
  }

  acknowledged(phase?: string): number {
    return this.attempts.filter((a) => a.status === 200 && (phase === undefined || a.phase === phase)).length;
  }

  async pause(): Promise<void> {
    this.held = new Promise((resolve) => (this.release = resolve));
    await waitFor(
      'the actors to finish their requests in flight',
      () => this.idle.size === this.actors.length,
      {
        timeoutMs: 60_000,
        intervalMs: 50,
      },
    );
  }

  resume(): void {
    this.held = null;
    this.release();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.resume();
    await Promise.all(this.actors);
  }

  private async actor(index: number): Promise<void> {
    while (this.running) {
      if (this.held) {
        this.idle.add(index);
        await this.held;
        this.idle.delete(index);
        continue;
      }
      const moved = await this.act(this.reports[Math.floor(Math.random() * this.reports.length)]);
      if (!moved) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async act(report: DrillReport): Promise<boolean> {
    const current = await call(this.apps.anyApi(), 'GET', `/reports/${report.id}`, report.token);
    if (current.status !== 200) return false;
    const token = current.body!.state === 'submitted' ? this.coordinatorToken : report.token;
    const options =
      token === report.token
        ? (current.body!.allowedActions as Array<{ action: string }>)
        : ((await call(this.apps.anyApi(), 'GET', `/reports/${report.id}`, token)).body?.allowedActions as
            Array<{ action: string }> | undefined);
    if (!options?.length) return false;
    const { action } = options[Math.floor(Math.random() * options.length)];
    const body = {
      action,
      expectedVersion: current.body!.version,
      ...(action === 'return' || action === 'approve_in_principle' ? { comment: '请修改' } : {}),
      fields: {
        opinion: '同意',
        meetingBody: '党组会议',
        // A meeting already held: a date in the future is refused.
        meetingDate: '2025-01-20',
        minutesNumber: '纪要〔2025〕1号',
        documentNumber: '切交发〔2025〕1号',
      },
    };
    const key = randomUUID();
    const answer = await call(this.apps.anyApi(), 'POST', `/reports/${report.id}/actions`, token, body, {
      'Idempotency-Key': key,
    });
    this.attempts.push({
      reportId: report.id,
      action,
      key,
      body,
      token,
      status: answer.status,
      error: answer.body?.error,
      seq: (answer.body?.event as { seq?: number } | undefined)?.seq,
      phase: this.phase,
    });
    return true;
  }
}

export const unanswered = (a: Attempt): boolean => a.status === 'no-answer' || a.status >= 500;
export const describeAnswer = (a: Attempt): string => `${a.action}: ${a.status} ${String(a.error ?? '')}`;

/** What a client does with a request that failed: sends it again with its Idempotency-Key. */
export async function retryWithSameKey(apps: DrillProcesses, failed: Attempt[]): Promise<Attempt[]> {
  const retried: Attempt[] = [];
  for (const attempt of failed) {
    const again = await call(
      apps.anyApi(),
      'POST',
      `/reports/${attempt.reportId}/actions`,
      attempt.token,
      attempt.body,
      { 'Idempotency-Key': attempt.key },
    );
    retried.push({
      ...attempt,
      status: again.status,
      error: again.body?.error,
      seq: (again.body?.event as { seq?: number } | undefined)?.seq,
    });
  }
  return retried;
}

/** Bounded wait until no outbox row waits to be relayed to Redis. */
export async function waitForEmptyOutbox(db: DataSource, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    'the outbox to drain',
    async () =>
      Number((await db.query('SELECT COUNT(*) AS n FROM outbox WHERE relayed_at IS NULL'))[0].n) === 0,
    { timeoutMs, intervalMs: 500 },
  );
}

/**
 * Bounded wait until the unit's `expected` reminders are all logged; then, after a moment in which a
 * duplicate could still show up, the counts (notifications, distinct deadlines, log rows).
 */
export async function settledReminders(
  db: DataSource,
  unitId: string,
  expected: number,
  apps?: DrillProcesses,
  timeoutMs = 180_000,
): Promise<{ notifications: number; distinctDeadlines: number; log: number }> {
  let delivered = 0;
  const wait = waitFor(
    `the ${expected} reminders of one unit to be delivered`,
    async () => {
      delivered = (await countReminders(db, unitId)).log;
      if (delivered < expected) throw new Error(`${delivered} of ${expected} delivered`);
      return true;
    },
    { timeoutMs, intervalMs: 500 },
  );
  await (apps ? explained(apps, db, wait) : wait);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return countReminders(db, unitId);
}

/**
 * With the load paused and every failed request retried: for each report, its chain verifies
 * against the report's head, every acknowledged move is in it exactly once (at the seq it was
 * answered with), the moves recorded are exactly the acknowledged ones, and no key applied twice.
 * Returns the violations, empty when all hold.
 */
export async function auditViolations(
  db: DataSource,
  reports: DrillReport[],
  acknowledged: Attempt[],
): Promise<string[]> {
  const violations: string[] = [];
  for (const report of reports) {
    const [head] = (await db.query('SELECT last_hash FROM reports WHERE id = ?', [report.id])) as Array<{
      last_hash: string;
    }>;
    const rows = (await db.query('SELECT * FROM audit_events WHERE report_id = ? ORDER BY seq', [
      report.id,
    ])) as AuditEventRow[];
    const history = rows.map(toAuditEvent);
    const chain = verifyChain(history, head.last_hash);
    if (!chain.verified) violations.push(`${report.id}: chain broken at ${chain.brokenAt}`);
    const mine = acknowledged.filter((a) => a.reportId === report.id);
    for (const a of mine) {
      const found = history.filter((e) => e.seq === a.seq && e.action === a.action);
      if (found.length !== 1)
        violations.push(`${report.id}: acknowledged ${a.action} (seq ${a.seq}) not in history`);
    }
    // Exactly once: the moves recorded are the acknowledged ones (after the retries, every request
    // has an answer), and one key never produced two moves.
    const moves = history.filter((e) => !['create', 'save', 'attach', 'override-check'].includes(e.action));
    const acknowledgedSeqs = new Set(mine.map((a) => a.seq));
    if (moves.length !== acknowledgedSeqs.size)
      violations.push(`${report.id}: ${moves.length} moves recorded, ${acknowledgedSeqs.size} acknowledged`);
    const seqsByKey = new Map<string, Set<number | undefined>>();
    for (const a of mine) seqsByKey.set(a.key, (seqsByKey.get(a.key) ?? new Set()).add(a.seq));
    for (const [key, seqs] of seqsByKey)
      if (seqs.size > 1) violations.push(`${report.id}: key ${key} applied ${seqs.size} times`);
  }
  return violations;
}

/** The least a load goes on after a failover: the apps must recover within it. */
export const LOAD_AFTER_FAILOVER_MS = 12_000;

export interface PhaseCheck {
  /** The requests that failed since the previous check (before their retry). */
  failed: Attempt[];
  /** Those that, retried with their Idempotency-Key, still got no answer (5xx or none). */
  unansweredAfterRetry: string[];
  /** What auditViolations found: empty when every acknowledged move is in its chain exactly once. */
  violations: string[];
}

/**
 * The steps every failover drill takes around each fault (test/failover/*): wait until the load and
 * the reminders are under way, let the load go on after the fault until it moves reports again,
 * then hold the actors and check what a user would care about.
 */
export class DrillPhases {
  /** Failed requests already retried (with their key) by an earlier check. */
  readonly retried: Attempt[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly apps: DrillProcesses,
    private readonly load: TransitionLoad,
    private readonly reports: DrillReport[],
  ) {}

  /** Bounded wait until transitions are acknowledged in this phase and the unit's reminders are half-way. */
  async underWay(remindedUnit: string): Promise<number> {
    return this.explained(
      waitFor(
        'transitions acknowledged and reminders under way',
        async () => {
          const delivered = (await countReminders(this.db, remindedUnit)).log;
          if (this.load.acknowledged(this.load.phase) < 5 || delivered <= 200) {
            const last = this.load.attempts.slice(-5).map(describeAnswer);
            throw new Error(
              `${this.load.acknowledged(this.load.phase)} acknowledged (${last.join(', ')}), ${delivered} reminders`,
            );
          }
          return delivered;
        },
        { timeoutMs: 120_000, intervalMs: 100 },
      ),
    );
  }

  /** The load goes on after a failover until it has moved reports again (at least LOAD_AFTER_FAILOVER_MS). */
  async loadRecovers(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, LOAD_AFTER_FAILOVER_MS));
    await this.explained(
      waitFor(
        'transitions acknowledged after the failover',
        () => {
          if (this.load.acknowledged(this.load.phase) > 5) return true;
          const last = this.load.attempts.slice(-5).map(describeAnswer);
          throw new Error(`${this.load.acknowledged(this.load.phase)} acknowledged (${last.join(', ')})`);
        },
        { timeoutMs: 90_000, intervalMs: 250 },
      ),
    );
  }

  /**
   * With the actors held: every request that failed since the last check is retried with its key;
   * the outbox drained; the audit checked against every acknowledged move so far.
   */
  async checkAfter(): Promise<PhaseCheck> {
    await this.explained(this.load.pause());
    // Every request that failed since the last check (also those failed before the phase began).
    const failed = this.load.attempts.filter(
      (a) => unanswered(a) && !this.retried.some((r) => r.key === a.key),
    );
    const again = await retryWithSameKey(this.apps, failed);
    this.retried.push(...again);
    await this.explained(waitForEmptyOutbox(this.db));
    const acknowledged = [...this.load.attempts, ...this.retried].filter((a) => a.status === 200);
    return {
      failed,
      unansweredAfterRetry: again.filter(unanswered).map(describeAnswer),
      violations: await auditViolations(this.db, this.reports, acknowledged),
    };
  }

  private explained<T>(wait: Promise<T>): Promise<T> {
    return explained(this.apps, this.db, wait);
  }
}
