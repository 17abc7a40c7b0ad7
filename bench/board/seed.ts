import { createHash } from 'node:crypto';
import type { Pool } from 'mysql2/promise';
import { newId } from '@app/common';
import type { Unit } from '../lib/seed';

/** A region (division code 65) with one prefecture (the campaign's issuer) and `count` bureaus below it. */
export async function boardTree(
  db: Pool,
  label: string,
  count: number,
): Promise<{ prefecture: Unit; units: Unit[] }> {
  const now = new Date();
  const rootId = newId();
  const prefId = newId();
  const root = `/${rootId}/`;
  const prefecture = { id: prefId, path: `${root}${prefId}/`, name: `${label}州` };
  await db.query(
    `INSERT INTO units (id, parent_id, path, depth, name, kind, level, division_code, created_at)
     VALUES (?, NULL, ?, 0, ?, 'government', 'province', '65', ?), (?, ?, ?, 1, ?, 'government', 'prefecture', '6599', ?)`,
    [
      rootId,
      root,
      `${label}区-${rootId.slice(-8)}`,
      now,
      prefId,
      rootId,
      prefecture.path,
      prefecture.name,
      now,
    ],
  );
  const units: Unit[] = Array.from({ length: count }, (_, i) => {
    const id = newId();
    return { id, path: `${prefecture.path}${id}/`, name: `${label}局-${String(i + 1).padStart(4, '0')}` };
  });
  for (let i = 0; i < units.length; i += 1000) {
    const batch = units.slice(i, i + 1000);
    await db.query(
      `INSERT INTO units (id, parent_id, path, depth, name, kind, level, created_at) VALUES ${batch
        .map(() => "(?, ?, ?, 2, ?, 'department', 'county', ?)")
        .join(', ')}`,
      batch.flatMap((u) => [u.id, prefId, u.path, u.name, now]),
    );
  }
  return { prefecture, units };
}

/** Where the campaign's reports stand: a January mix, from still drafting to accepted. */
const STATES = [
  'drafting',
  'dept_review',
  'legal_review',
  'party_approval',
  'submitted',
  'accepted',
] as const;

/**
 * Gives every report of the campaign `events` audit events (a chain of saves, moves and returns)
 * and a state from the mix, with stage due dates, submissions and returns, straight in SQL.
 */
export async function historyFor(
  db: Pool,
  campaignId: string,
  actorId: string,
  actorUnitId: string,
  events: number,
) {
  // Continue each report's own chain (issuing the campaign wrote its first event).
  const [reports] = (await db.query(
    `SELECT r.id, r.last_event_seq AS seq, r.last_hash AS hash FROM campaign_targets t JOIN reports r ON r.id = t.report_id
      WHERE t.campaign_id = ?`,
    [campaignId],
  )) as unknown as [Array<{ id: string; seq: number; hash: string }>];
  const now = Date.now();
  for (let i = 0; i < reports.length; i += 200) {
    const batch = reports.slice(i, i + 200);
    const rows: unknown[][] = [];
    const heads: Array<{ id: string; hash: string; seq: number; state: string; index: number }> = [];
    batch.forEach((r, k) => {
      let prev = r.hash;
      for (let seq = r.seq + 1; seq <= r.seq + events; seq++) {
        const hash = createHash('sha256').update(`${prev}|${r.id}|${seq}`).digest('hex');
        rows.push([
          r.id,
          seq,
          1,
          seq % 4 === 0 ? 'return' : 'approve',
          'dept_review',
          'legal_review',
          actorId,
          'dept_reviewer',
          actorUnitId,
          seq % 4 === 0 ? '请补充数据' : null,
          '{}',
          '[]',
          new Date(now - (r.seq + events - seq) * 3_600_000),
          prev,
          hash,
        ]);
        prev = hash;
      }
      heads.push({
        id: r.id,
        hash: prev,
        seq: r.seq + events,
        state: STATES[(i + k) % STATES.length],
        index: i + k,
      });
    });
    await db.query(
      `INSERT INTO audit_events (report_id, seq, revision, action, from_state, to_state, actor_user_id, actor_role,
        actor_unit_id, comment, fields, effects, created_at, prev_hash, hash) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      rows.flat(),
    );
    for (const h of heads) {
      const submitted = h.state === 'submitted' || h.state === 'accepted';
      await db.query(
        `UPDATE reports SET state = ?, version = version + ?, last_event_seq = ?, last_hash = ?, return_count = ?,
                stage_due_at = ?, submitted_at = ? WHERE id = ?`,
        [
          h.state,
          events,
          h.seq,
          h.hash,
          h.index % 5 === 0 ? 1 : 0,
          h.state === 'drafting' || h.state === 'accepted'
            ? null
            : new Date(now + ((h.index % 9) - 3) * 86_400_000),
          submitted ? new Date(now - (h.index % 7) * 86_400_000) : null,
          h.id,
        ],
      );
    }
  }
  return reports.length;
}
