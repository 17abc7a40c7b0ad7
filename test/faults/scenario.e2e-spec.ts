import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/persistence';
import { GENESIS_HASH, toAuditEvent, verifyChain, type AuditEvent, type AuditEventRow } from '@app/reports';
import { completeSections } from '../support/content';
import { createUnit, createUser, FACTORY_PASSWORD, relaxDutySeparation } from '../support/factories';
import { freePort, PrivateServers } from '../support/private-servers';
import { crashAfterCommits, spawnApp, stop } from '../support/processes';
import { ON_THE_DAY_ONLY } from '../support/reminder-seed';
import { waitFor } from '../support/wait';

/**
 * The fault suite: a campaign-sized scenario (50 units, reports moving through review, reminders
 * due during the run) driven by concurrent actors against two API processes and a worker, while the
 * script kills the worker, crashes an API right after a commit (before its outbox is relayed),
 * restarts Redis (AOF), flushes it, and stops MariaDB for 10 s. Every request and answer is recorded;
 * afterwards the invariants are checked over MySQL and the delivery log.
 */
const UNITS = 50;
const ACTORS = 6;
const RUN_MS = 32_000;
/** The second API kills itself (SIGKILL) right after this many commits, before relaying its outbox. */
const CRASH_AFTER_COMMITS = 15;

interface Attempt {
  reportId: string;
  action: string;
  status: number | 'no-answer';
  seq?: number;
}

describe('fault suite: nothing acknowledged is lost, nothing refused is recorded, reminders once', () => {
  const servers = new PrivateServers();
  let dataSource: DataSource;
  const env: Record<string, string> = {};
  const apis: Array<{ port: number; process: ChildProcess | null }> = [];
  let worker: ChildProcess | null = null;
  const attempts: Attempt[] = [];
  const faults: string[] = [];
  const reports: Array<{ id: string; unitName: string; token: string }> = [];
  let coordinatorToken = '';

  beforeAll(async () => {
    await servers.start();
    Object.assign(env, {
      DATABASE_URL: servers.databaseUrl,
      REDIS_URL: servers.redisUrl,
      QUEUE_PREFIX: 'rffaults',
      LATE_REMINDERS: 'immediately',
      JOB_BACKOFF_MS: '200',
      WORKER_LOCK_MS: '2000',
      RECONCILE_INTERVAL_MS: '2000',
      OUTBOX_RELAY_INTERVAL_MS: '200',
      LOGIN_THROTTLE_PER_MINUTE: '10000',
      DATABASE_POOL_SIZE: '10',
    });
    dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env, ...env }, '')),
    ).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await Promise.all([
      ...apis.map((a) => a.process && stop(a.process, 'SIGKILL')),
      worker && stop(worker, 'SIGKILL'),
    ]);
    await dataSource?.destroy().catch(() => undefined);
    await servers.stop();
  });

  const base = () => apis[Math.floor(Math.random() * apis.length)].port;
  async function call(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
    port = base(),
  ) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      return {
        status: res.status,
        body: (await res.json().catch(() => null)) as Record<string, unknown> | null,
      };
    } catch {
      return { status: 'no-answer' as const, body: null };
    }
  }

  async function startApi(index: number, extra: Record<string, string> = {}) {
    const child = spawnApp('api', { ...env, ...extra, API_PORT: String(apis[index].port) });
    apis[index].process = child;
    // Whatever kills an API (the injected crash included), it comes back without the fault.
    child.once('exit', () => {
      apiExits++;
      if (running) setTimeout(() => void startApi(index), 300);
    });
    await waitFor('an API process', async () => (await call('GET', '/health/live', null)).status === 200, {
      timeoutMs: 30_000,
      intervalMs: 200,
    });
  }
  let running = true;
  let apiExits = 0;

  it('runs the scenario under faults and every invariant holds', async () => {
    // --- the tree: a region, a prefecture (coordinator), 50 counties each with a transport bureau
    const region = await createUnit(dataSource, null, {
      kind: 'government',
      level: 'province',
      name: '测试自治区',
    });
    const prefecture = await createUnit(dataSource, region, {
      kind: 'government',
      level: 'prefecture',
      name: '测试州',
    });
    const coordinator = await createUser(dataSource, prefecture.id, ['coordinator']);
    const units: Array<{ id: string; name: string; user: string }> = [];
    for (let i = 0; i < UNITS; i++) {
      const county = await createUnit(dataSource, prefecture, {
        kind: 'government',
        level: 'county',
        name: `测试县${i}`,
      });
      const bureau = await createUnit(dataSource, county, {
        kind: 'department',
        level: 'county',
        name: `测试县${i}交通运输局`,
      });
      const user = await createUser(dataSource, bureau.id, [
        'drafter',
        'dept_reviewer',
        'legal_adviser',
        'party_approver',
        'unit_leader',
      ]);
      // One person takes the whole chain, as in a tiny unit: the unit allows it.
      await relaxDutySeparation(dataSource, bureau.id);
      units.push({ id: bureau.id, name: bureau.name, user: user.username });
    }

    apis.push({ port: await freePort(), process: null }, { port: await freePort(), process: null });
    await startApi(0);
    await startApi(1, crashAfterCommits(CRASH_AFTER_COMMITS));
    worker = spawnApp('worker', env);

    // Set-up goes to the API without the injected crash, and insists until it is answered.
    const setup = async (method: string, path: string, token: string | null, body: unknown) => {
      for (let i = 0; i < 20; i++) {
        const res = await call(method, path, token, body, {}, apis[0].port);
        if (res.status !== 'no-answer') return res;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`set-up call ${method} ${path} never answered`);
    };
    const login = async (username: string) =>
      (await setup('POST', '/auth/login', null, { username, password: FACTORY_PASSWORD })).body!
        .accessToken as string;
    coordinatorToken = await login(coordinator.username);
    for (const unit of units) {
      const token = await login(unit.user);
      const created = await setup('POST', '/reports', token, { unitId: unit.id, reportYear: 2024 });
      const id = created.body!.id as string;
      await setup('POST', `/reports/${id}/revisions`, token, {
        basedOnRevision: 0,
        sections: completeSections(unit.name, 2024),
      });
      reports.push({ id, unitName: unit.name, token });
    }
    // Reminders due during the run: each unit's due date passed two working days ago (on-day reminder owed).
    const dueAt = new Date(Date.now() - 3 * 86_400_000);
    await dataSource.query(`UPDATE reports SET due_at = ?, reminder_policy = ? WHERE id IN (?)`, [
      dueAt,
      JSON.stringify(ON_THE_DAY_ONLY),
      reports.map((r) => r.id),
    ]);
    for (const r of reports) {
      await dataSource.query(
        `INSERT INTO deadlines (id, report_id, kind, due_at, version, planned_from, created_at, updated_at) VALUES (?, ?, 'due', ?, 1, ?, NOW(3), NOW(3))`,
        [randomUUID(), r.id, dueAt, new Date(dueAt.getTime() - 5 * 86_400_000)],
      );
    }

    // --- the actors
    const actor = async () => {
      const until = Date.now() + RUN_MS;
      while (Date.now() < until) {
        const report = reports[Math.floor(Math.random() * reports.length)];
        const current = await call('GET', `/reports/${report.id}`, report.token);
        if (current.status !== 200) {
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        const state = current.body!.state as string;
        const token = state === 'submitted' ? coordinatorToken : report.token;
        const options =
          state === 'submitted'
            ? ((await call('GET', `/reports/${report.id}`, token)).body?.allowedActions as
                Array<{ action: string }> | undefined)
            : (current.body!.allowedActions as Array<{ action: string }>);
        if (!options?.length) {
          // Waiting on someone else: look again shortly, not in a tight loop.
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        const { action } = options[Math.floor(Math.random() * options.length)];
        const body = {
          action,
          expectedVersion: current.body!.version,
          // A return and 原则通过 (approve_in_principle) carry the opinions to act on.
          ...(action === 'return' || action === 'approve_in_principle' ? { comment: '请修改' } : {}),
          fields: {
            opinion: '同意',
            meetingBody: '党组会议',
            meetingDate: '2025-01-20',
            minutesNumber: '纪要〔2025〕1号',
            documentNumber: '测交发〔2025〕1号',
          },
        };
        const key = randomUUID();
        const first = await call('POST', `/reports/${report.id}/actions`, token, body, {
          'Idempotency-Key': key,
        });
        attempts.push({
          reportId: report.id,
          action,
          status: first.status,
          seq: (first.body?.event as { seq?: number } | undefined)?.seq,
        });
        if (Math.random() < 0.2) {
          // A client retry of the same request: applied at most once.
          const again = await call('POST', `/reports/${report.id}/actions`, token, body, {
            'Idempotency-Key': key,
          });
          if (again.status === 200 && first.status === 200) {
            expect((again.body!.event as { seq: number }).seq).toBe(
              (first.body!.event as { seq: number }).seq,
            );
          }
          if (again.status === 200 && first.status !== 200) {
            attempts.push({
              reportId: report.id,
              action,
              status: 200,
              seq: (again.body!.event as { seq: number }).seq,
            });
          }
        }
      }
    };

    // --- the faults
    const script = async () => {
      const at = (ms: number) => new Promise((r) => setTimeout(r, ms));
      await at(3000);
      await stop(worker!, 'SIGKILL');
      faults.push('kill -9 worker');
      await at(1000);
      worker = spawnApp('worker', env);
      await at(3000);
      await servers.restartRedis();
      faults.push('restart Redis (AOF)');
      await at(4000);
      servers.flushRedis();
      faults.push('FLUSHALL Redis');
      await at(3000);
      await servers.stopMariadb();
      faults.push('stop MariaDB 10 s');
      await at(10_000);
      await servers.startMariadb();
    };

    await Promise.all([...Array.from({ length: ACTORS }, actor), script()]);
    running = false;
    if (apiExits > 0)
      faults.push(`API kill -9 right after its ${CRASH_AFTER_COMMITS}th commit (${apiExits}x)`);

    // --- quiesce: outbox relayed, reminders through the reconciler
    await waitFor(
      'the outbox to drain',
      async () =>
        Number((await dataSource.query('SELECT COUNT(*) AS n FROM outbox WHERE relayed_at IS NULL'))[0].n) ===
        0,
      {
        timeoutMs: 60_000,
        intervalMs: 500,
      },
    );
    const inUnit = async () =>
      (await dataSource.query(
        `SELECT d.id FROM deadlines d LEFT JOIN reminder_log l ON l.deadline_id = d.id
          WHERE d.kind = 'due' AND d.closed_at IS NULL AND l.deadline_id IS NULL`,
      )) as unknown[];
    await waitFor('every owed reminder to be sent', async () => (await inUnit()).length === 0, {
      timeoutMs: 90_000,
      intervalMs: 500,
    });

    // --- invariants
    const violations: string[] = [];
    const rows: AuditEventRow[] = await dataSource.query(
      'SELECT * FROM audit_events ORDER BY report_id, seq',
    );
    const events: AuditEvent[] = rows.map(toAuditEvent);
    const heads: Array<{ id: string; state: string; last_hash: string }> = await dataSource.query(
      'SELECT id, state, last_hash FROM reports WHERE id IN (?)',
      [reports.map((r) => r.id)],
    );
    const moves = (e: { action: string }) =>
      !['create', 'save', 'attach', 'override-check'].includes(e.action);
    for (const report of heads) {
      const history = events.filter((e) => e.reportId === report.id);
      const chain = verifyChain(history, report.last_hash);
      if (!chain.verified) violations.push(`${report.id}: chain broken at ${chain.brokenAt}`);
      // The state equals the replay of the history.
      let state: string | null = null;
      for (const e of history) {
        if (e.fromState !== state && e.action !== 'create')
          violations.push(`${report.id}: event ${e.seq} starts from ${e.fromState}, replay says ${state}`);
        state = e.toState;
      }
      if (state !== report.state) violations.push(`${report.id}: state ${report.state}, replay ${state}`);
      // Every acknowledged action is in the history exactly once; anything beyond it came from a request without an answer.
      const acknowledged = attempts.filter((a) => a.reportId === report.id && a.status === 200);
      const unanswered = attempts.filter(
        (a) => a.reportId === report.id && (a.status === 'no-answer' || a.status === 503 || a.status === 500),
      );
      for (const a of acknowledged) {
        const event = history.find((e) => e.seq === a.seq);
        if (!event || event.action !== a.action)
          violations.push(`${report.id}: acknowledged ${a.action} (seq ${a.seq}) not in history`);
      }
      const recorded = history.filter(moves).length;
      const distinctAcknowledged = new Set(acknowledged.map((a) => a.seq)).size;
      if (recorded < distinctAcknowledged || recorded > distinctAcknowledged + unanswered.length) {
        violations.push(
          `${report.id}: ${recorded} moves recorded for ${distinctAcknowledged} acknowledged (+${unanswered.length} unanswered)`,
        );
      }
      if (history[0]?.prevHash !== GENESIS_HASH)
        violations.push(`${report.id}: chain does not start at genesis`);
    }
    // Reminders: at most once per (recipient, deadline, due time, occurrence), and none after the unit had submitted.
    const duplicates = await dataSource.query(
      `SELECT user_id, report_id, COUNT(*) AS n FROM notifications WHERE kind = 'reminder' GROUP BY user_id, report_id HAVING n > 1`,
    );
    for (const d of duplicates) violations.push(`duplicate reminder to ${d.user_id} for ${d.report_id}`);
    // Both times are read before their transactions; the deadline row lock orders the commits, so a
    // reminder may carry a time up to a moment after the submission's, never seconds after.
    const late = await dataSource.query(
      `SELECT l.deadline_id FROM reminder_log l JOIN deadlines d ON d.id = l.deadline_id
        WHERE l.handled_at > (SELECT MIN(e.created_at) FROM audit_events e WHERE e.report_id = d.report_id AND e.to_state = 'submitted')
              + INTERVAL 2 SECOND`,
    );
    for (const l of late)
      violations.push(`reminder for deadline ${l.deadline_id} sent after the report had gone up`);

    const acknowledgedCount = attempts.filter((a) => a.status === 200).length;
    const refused = attempts.filter(
      (a) => typeof a.status === 'number' && a.status >= 400 && a.status < 500,
    ).length;
    const remindersSent = Number(
      (await dataSource.query("SELECT COUNT(*) AS n FROM notifications WHERE kind = 'reminder'"))[0].n,
    );
    console.log(
      [
        '| fault suite | count |',
        '|---|---|',
        `| operations | ${attempts.length} |`,
        `| acknowledged (2xx) | ${acknowledgedCount} |`,
        `| refused (4xx) | ${refused} |`,
        `| unanswered or 5xx | ${attempts.length - acknowledgedCount - refused} |`,
        `| audit events | ${events.length} |`,
        `| reminders delivered | ${remindersSent} |`,
        `| faults injected | ${faults.length}: ${faults.join('; ')} |`,
        `| invariant violations | ${violations.length} |`,
      ].join('\n'),
    );
    expect(violations).toEqual([]);
    expect(acknowledgedCount).toBeGreaterThan(50);
    expect(faults.length).toBeGreaterThanOrEqual(4);
    // The injected crash after a commit did happen: the preload reached the commit path.
    expect(apiExits).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
