import { randomBytes, randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/persistence';
import { toAuditEvent, verifyChain, type AuditEventRow } from '@app/reports';
import { completeSections } from '../support/content';
import { createUnit, createUser, FACTORY_PASSWORD, relaxDutySeparation } from '../support/factories';
import { freePort } from '../support/private-servers';
import { spawnApp, stop } from '../support/processes';
import { countReminders, seedDueReminders } from '../support/reminder-seed';
import { waitFor } from '../support/wait';
import { AddressForwarder } from './address-forwarder';
import { replicaStack } from './replica-stack';

/**
 * A past year: a deliberation's meeting date must fall between the report year's start and today.
 * (The database is this file's own, so no other file's campaigns or deadlines share the year.)
 */
const REPORT_YEAR = 2024;
const UNITS = 12;
const ACTORS = 4;
const REMINDERS = 5000;
/** How long the load goes on once the replica was promoted: the apps must recover within it. */
const LOAD_AFTER_PROMOTION_MS = 12_000;

interface Attempt {
  reportId: string;
  action: string;
  key: string;
  body: Record<string, unknown>;
  token: string;
  status: number | 'no-answer';
  error?: unknown;
  seq?: number;
  afterPromotion: boolean;
}

/**
 * The MariaDB primary dies (kill -9) under a steady load of transitions (two API processes) and
 * 5,000 due reminders (a worker process), all reaching the database through one address, a
 * forwarder standing for the VIP / DNS name / proxy of production. The operator's steps: point the
 * address at the replica (still read-only for a moment: writes are refused), promote it, done.
 * Replication is semi-synchronous, so the replica has every commit the primary acknowledged.
 *
 * Afterwards, with no process restarted: every transition answered 200 is in its report's audit
 * chain exactly once; every request that failed was a 503 in the error shape and, retried with its
 * Idempotency-Key, was answered once and never applied twice; every chain verifies; the outbox is
 * empty; every reminder was delivered exactly once. (Loopback ports 13736/13737.)
 */
describe('MariaDB primary failover under load: nothing acknowledged lost, nothing doubled', () => {
  const PRIMARY_PORT = 13736;
  const stack = replicaStack({
    primaryPort: PRIMARY_PORT,
    database: 'reportflow_test_failover_primary',
    semiSync: true,
  });
  const forwarder = new AddressForwarder(PRIMARY_PORT);
  const env: Record<string, string> = {};
  const apis: Array<{ port: number; process: ChildProcess }> = [];
  let worker: ChildProcess | undefined;
  const exits: string[] = [];
  let dataSource: DataSource | undefined;

  beforeAll(async () => {
    await stack.up();
    const address = await forwarder.start();
    Object.assign(env, {
      DATABASE_URL: `mysql://reportflow:reportflow-local@127.0.0.1:${address}/reportflow_test_failover_primary`,
      QUEUE_PREFIX: `rf-failover-primary-${randomBytes(3).toString('hex')}`,
      LATE_REMINDERS: 'immediately',
      JOB_BACKOFF_MS: '200',
      WORKER_LOCK_MS: '2000',
      WORKER_CONCURRENCY: '50',
      RECONCILE_INTERVAL_MS: '2000',
      OUTBOX_RELAY_INTERVAL_MS: '200',
      LOGIN_THROTTLE_PER_MINUTE: '10000',
      DATABASE_POOL_SIZE: '10',
    });
    dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env, ...env }, '')),
    ).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([
      ...apis.map((api) => stop(api.process, 'SIGKILL')),
      worker && stop(worker, 'SIGKILL'),
    ]);
    await dataSource?.destroy().catch(() => undefined);
    await forwarder.stop();
    await stack.down();
  }, 60_000);

  async function call(
    port: number,
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number | 'no-answer'; body: Record<string, unknown> | null }> {
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
  const anyApi = () => apis[Math.floor(Math.random() * apis.length)].port;

  function spawnWatched(app: 'api' | 'worker', extra: Record<string, string> = {}): ChildProcess {
    const child = spawnApp(app, { ...env, ...extra });
    child.once('exit', (code, signal) => exits.push(`${app} exited (${code ?? signal})`));
    return child;
  }

  it('kill -9 the primary, move the address, promote the replica: the apps recover by themselves', async () => {
    const db = dataSource!;
    // --- a prefecture with UNITS bureaus, one person each taking the whole chain; a unit owed reminders
    const region = await createUnit(db, null, { kind: 'government', level: 'province', name: '故障切换区' });
    const prefecture = await createUnit(db, region, {
      kind: 'government',
      level: 'prefecture',
      name: '切换州',
    });
    const coordinator = await createUser(db, prefecture.id, ['coordinator']);
    const bureaus: Array<{ id: string; name: string; user: string }> = [];
    for (let i = 0; i < UNITS; i++) {
      const bureau = await createUnit(db, prefecture, {
        kind: 'department',
        level: 'prefecture',
        name: `切换州第${i}局`,
      });
      const user = await createUser(db, bureau.id, [
        'drafter',
        'dept_reviewer',
        'legal_adviser',
        'party_approver',
        'unit_leader',
      ]);
      await relaxDutySeparation(db, bureau.id);
      bureaus.push({ id: bureau.id, name: bureau.name, user: user.username });
    }
    const remindedUnit = await createUnit(db, prefecture, {
      kind: 'department',
      level: 'prefecture',
      name: '切换州催办局',
    });
    await createUser(db, remindedUnit.id, ['drafter']);
    await seedDueReminders(db, remindedUnit.id, coordinator.id, REMINDERS);
    await stack.caughtUp();

    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      apis.push({ port, process: spawnWatched('api', { API_PORT: String(port) }) });
      await waitFor(
        'an API process',
        async () => (await call(port, 'GET', '/health/ready', null)).status === 200,
        {
          timeoutMs: 60_000,
          intervalMs: 200,
        },
      );
    }
    const login = async (username: string) =>
      (await call(apis[0].port, 'POST', '/auth/login', null, { username, password: FACTORY_PASSWORD })).body!
        .accessToken as string;
    const coordinatorToken = await login(coordinator.username);
    const reports: Array<{ id: string; token: string }> = [];
    for (const bureau of bureaus) {
      const token = await login(bureau.user);
      const created = await call(apis[0].port, 'POST', '/reports', token, {
        unitId: bureau.id,
        reportYear: REPORT_YEAR,
      });
      expect(created.status).toBe(201);
      const id = created.body!.id as string;
      const saved = await call(apis[0].port, 'POST', `/reports/${id}/revisions`, token, {
        basedOnRevision: 0,
        sections: completeSections(bureau.name, REPORT_YEAR),
      });
      expect(saved.status).toBe(201);
      reports.push({ id, token });
    }
    // The worker starts delivering the reminders now; the primary dies while it is at it.
    worker = spawnWatched('worker');

    // --- the load: actors move random reports along whatever action they offer
    const attempts: Attempt[] = [];
    let running = true;
    let promoted = false;
    const act = async (report: { id: string; token: string }) => {
      const current = await call(anyApi(), 'GET', `/reports/${report.id}`, report.token);
      if (current.status !== 200) return false;
      const token = current.body!.state === 'submitted' ? coordinatorToken : report.token;
      const options =
        token === report.token
          ? (current.body!.allowedActions as Array<{ action: string }>)
          : ((await call(anyApi(), 'GET', `/reports/${report.id}`, token)).body?.allowedActions as
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
      const answer = await call(anyApi(), 'POST', `/reports/${report.id}/actions`, token, body, {
        'Idempotency-Key': key,
      });
      attempts.push({
        reportId: report.id,
        action,
        key,
        body,
        token,
        status: answer.status,
        error: answer.body?.error,
        seq: (answer.body?.event as { seq?: number } | undefined)?.seq,
        afterPromotion: promoted,
      });
      return true;
    };
    const actor = async () => {
      while (running) {
        const moved = await act(reports[Math.floor(Math.random() * reports.length)]);
        if (!moved) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    // --- the failover, while transitions are acknowledged and reminders go out
    const failover = async () => {
      await waitFor(
        'transitions acknowledged and reminders under way',
        async () => {
          const acknowledged = attempts.filter((a) => a.status === 200).length;
          const delivered = (await countReminders(db, remindedUnit.id)).log;
          if (acknowledged < 5 || delivered <= 200) {
            const statuses = attempts.map((a) => `${a.status}${a.error ? ` ${String(a.error)}` : ''}`);
            throw new Error(
              `${acknowledged} acknowledged (${statuses.slice(-5).join(', ')}), ${delivered} reminders`,
            );
          }
          return true;
        },
        { timeoutMs: 120_000, intervalMs: 100 },
      );
      const deliveredBeforeKill = (await countReminders(db, remindedUnit.id)).log;
      await stack.stop('primary', 'SIGKILL');
      // The address moves first; for a moment the replica is still read-only and refuses writes.
      forwarder.pointAt(PRIMARY_PORT + 1);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await stack.promote();
      promoted = true;
      await new Promise((resolve) => setTimeout(resolve, LOAD_AFTER_PROMOTION_MS));
      running = false;
      return deliveredBeforeKill;
    };
    const [deliveredBeforeKill] = await Promise.all([failover(), ...Array.from({ length: ACTORS }, actor)]);

    // --- a client retries every request that failed, with its Idempotency-Key
    const unanswered = (a: Attempt) => a.status === 'no-answer' || a.status >= 500;
    const failed = attempts.filter(unanswered);
    const retried: Attempt[] = [];
    for (const attempt of failed) {
      const again = await call(
        anyApi(),
        'POST',
        `/reports/${attempt.reportId}/actions`,
        attempt.token,
        attempt.body,
        {
          'Idempotency-Key': attempt.key,
        },
      );
      retried.push({
        ...attempt,
        status: again.status,
        error: again.body?.error,
        seq: (again.body?.event as { seq?: number } | undefined)?.seq,
        afterPromotion: true,
      });
    }

    // --- quiesce: the outbox relayed, every reminder delivered
    await waitFor(
      'the outbox to drain',
      async () =>
        Number((await db.query('SELECT COUNT(*) AS n FROM outbox WHERE relayed_at IS NULL'))[0].n) === 0,
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    await waitFor(
      'every reminder to be delivered',
      async () => (await countReminders(db, remindedUnit.id)).log === REMINDERS,
      { timeoutMs: 180_000, intervalMs: 500 },
    );
    // Give a duplicate every chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    // --- what a user would notice
    const summary = {
      attempts: attempts.length,
      acknowledged: attempts.filter((a) => a.status === 200).length,
      failed: failed.length,
      deliveredBeforeKill,
    };
    console.log(`primary failover: ${JSON.stringify(summary)}`);
    expect(exits).toEqual([]);
    for (const api of apis) expect((await call(api.port, 'GET', '/health/ready', null)).status).toBe(200);
    // The failover happened under load: reminders were half-way, transitions went on after it.
    expect(deliveredBeforeKill).toBeLessThan(REMINDERS);
    expect(attempts.filter((a) => a.afterPromotion && a.status === 200).length).toBeGreaterThan(5);
    // A request that failed said so in words a client can act on: 503, retry later.
    const answer = (a: Attempt) => `${a.action}: ${a.status} ${String(a.error ?? '')}`;
    expect(failed.filter((a) => a.status !== 503 || a.error !== 'DATABASE_UNAVAILABLE').map(answer)).toEqual(
      [],
    );
    // Retried with its key, each was answered (applied once, or its stored answer, or refused).
    expect(retried.filter(unanswered).map(answer)).toEqual([]);
    expect(await countReminders(db, remindedUnit.id)).toEqual({
      notifications: REMINDERS,
      distinctDeadlines: REMINDERS,
      log: REMINDERS,
    });

    const violations: string[] = [];
    const acknowledged = [...attempts, ...retried].filter((a) => a.status === 200);
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
        violations.push(
          `${report.id}: ${moves.length} moves recorded, ${acknowledgedSeqs.size} acknowledged`,
        );
      const seqsByKey = new Map<string, Set<number | undefined>>();
      for (const a of mine) seqsByKey.set(a.key, (seqsByKey.get(a.key) ?? new Set()).add(a.seq));
      for (const [key, seqs] of seqsByKey)
        if (seqs.size > 1) violations.push(`${report.id}: key ${key} applied ${seqs.size} times`);
    }
    expect(violations).toEqual([]);
  }, 420_000);
});
