import { createHash } from 'node:crypto';
import mysql from 'mysql2/promise';
import { IdleReports, NEXT_MOVE, type LiveReport } from './cycle';
import { loadResult, type LoadResult } from './load-result';

export interface FloorReport extends LiveReport {
  unitId: string;
  actorId: string;
  seq: number;
  lastHash: string;
}

/**
 * The floor: the SQL a transition cannot do without, straight through mysql2 (no HTTP, no Nest,
 * no TypeORM) at the same concurrency — one transaction with the conditional versioned UPDATE of
 * the report (the product's statement), the chained audit INSERT and the outbox INSERT. Its
 * outbox rows are written as already relayed so that the idle API's relay leaves them alone.
 */
export async function floorLoad(opts: {
  databaseUrl: string;
  clients: number;
  durationS: number;
  reports: FloorReport[];
}): Promise<LoadResult> {
  const pool = mysql.createPool({ uri: opts.databaseUrl, connectionLimit: opts.clients, timezone: 'Z' });
  // Open every connection before the clock starts, as the API's pool is warm too.
  const warm = await Promise.all(Array.from({ length: opts.clients }, () => pool.getConnection()));
  warm.forEach((c) => c.release());
  const idle = new IdleReports(opts.reports.length);
  const samples: number[] = [];
  let ok = 0;
  let errors = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const endAt = started + opts.durationS * 1000;
  const client = async () => {
    while (performance.now() < endAt) {
      const index = idle.take();
      if (index === undefined) throw new Error('every report is in flight: seed more reports');
      const report = opts.reports[index];
      const t0 = performance.now();
      try {
        await transition(pool, report);
        ok++;
      } catch {
        errors++;
      }
      samples.push(performance.now() - t0);
      idle.give(index);
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, client));
  const elapsed = performance.now() - started;
  // The floor runs in this process (nothing else does meanwhile): its client CPU per transaction.
  const cpu = process.cpuUsage(cpuBefore);
  await pool.end();
  const result = loadResult(opts.clients, elapsed, ok, errors, samples);
  return {
    ...result,
    cpuMsPerOp: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, ok)) * 100) / 100,
  };
}

async function transition(pool: mysql.Pool, report: FloorReport): Promise<void> {
  const move = NEXT_MOVE[report.state];
  const now = new Date();
  const seq = report.seq + 1;
  const hash = createHash('sha256')
    .update(`${report.lastHash}|${report.id}|${seq}|${move.action}`)
    .digest('hex');
  const connection = await pool.getConnection();
  try {
    await connection.query('START TRANSACTION');
    const [updated] = await connection.query<mysql.ResultSetHeader>(
      `UPDATE reports SET state = ?, version = version + 1, last_event_seq = ?, last_hash = ?, last_action = ?,
              last_from_state = ?, last_actor_id = ?, last_actor_role = ?, return_count = return_count + ?,
              stage_entered_at = ?, stage_due_at = ?, submitted_at = COALESCE(?, submitted_at), updated_at = ?
        WHERE id = ? AND version = ?`,
      [
        move.to,
        seq,
        hash,
        move.action,
        report.state,
        report.actorId,
        'drafter',
        move.action === 'return' ? 1 : 0,
        now,
        null,
        null,
        now,
        report.id,
        report.version,
      ],
    );
    if (updated.affectedRows !== 1) throw new Error('stale version');
    const [audit] = await connection.query<mysql.ResultSetHeader>(
      `INSERT INTO audit_events (report_id, seq, revision, action, from_state, to_state, actor_user_id, actor_role,
        actor_unit_id, comment, fields, effects, created_at, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        report.id,
        seq,
        1,
        move.action,
        report.state,
        move.to,
        report.actorId,
        'drafter',
        report.unitId,
        move.comment ?? null,
        JSON.stringify(move.fields ?? {}),
        '[{"type":"notify","audience":"own_unit","roles":["dept_reviewer"],"reason":"action_required"}]',
        now,
        report.lastHash,
        hash,
      ],
    );
    const payload = { auditEventId: audit.insertId };
    await connection.query(
      `INSERT INTO outbox (queue, job_name, job_id, payload, run_at, created_at, relayed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        'notifications',
        'transition-notify',
        `transition-notify-${audit.insertId}`,
        JSON.stringify(payload),
        null,
        now,
        now,
      ],
    );
    await connection.query('COMMIT');
    report.state = move.to;
    report.version += 1;
    report.seq = seq;
    report.lastHash = hash;
  } catch (error) {
    await connection.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}
