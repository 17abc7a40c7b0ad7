import { createHash } from 'node:crypto';
import type { Pool } from 'mysql2/promise';
import { newId } from '@app/common';
import type { Unit } from '../lib/seed';
import { completeSections } from '../lib/sections';

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
    `SELECT r.id, r.last_event_seq AS seq, r.last_hash AS hash, r.current_revision AS revision, r.report_year AS year,
            u.name AS unit FROM campaign_targets t JOIN reports r ON r.id = t.report_id JOIN units u ON u.id = r.unit_id
      WHERE t.campaign_id = ?`,
    [campaignId],
  )) as unknown as [
    Array<{ id: string; seq: number; hash: string; revision: number; year: number; unit: string }>,
  ];
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
    // The submitted ones have a text of a real report's length (the board checks it for missing items).
    const texts = batch.flatMap((r, k) =>
      heads[k].state === 'submitted' || heads[k].state === 'accepted' ? [reportText(r, i + k, actorId)] : [],
    );
    if (texts.length)
      await db.query(
        `INSERT INTO report_revisions (report_id, number, based_on, title, measures, shortcomings, leaders_duty,
          next_year_plan, other, content_hash, author_id, created_at) VALUES ${texts.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        texts.flat(),
      );
    for (const h of heads) {
      const submitted = h.state === 'submitted' || h.state === 'accepted';
      await db.query(
        `UPDATE reports SET state = ?, version = version + ?, last_event_seq = ?, last_hash = ?, return_count = ?,
                stage_due_at = ?, submitted_at = ?, current_revision = ? WHERE id = ?`,
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
          submitted ? reports[h.index].revision + 1 : reports[h.index].revision,
          h.id,
        ],
      );
    }
  }
  return reports.length;
}

/** About 8,000 characters, as long as a real annual report; one in ten lacks its second item (存在的不足). */
function reportText(
  r: { id: string; revision: number; year: number; unit: string },
  index: number,
  authorId: string,
): unknown[] {
  const base = completeSections(r.unit, r.year);
  const paragraph =
    '坚持依法行政，健全重大行政决策程序，严格落实合法性审查，推进行政执法公示、执法全过程记录和重大执法决定法制审核制度。';
  const measures = `${base.measures}\n${Array.from({ length: 120 }, () => paragraph).join('\n')}`;
  const shortcomings = index % 10 === 0 ? '' : base.shortcomings;
  const hash = createHash('sha256').update(`${r.id}|${measures}|${shortcomings}`).digest('hex');
  return [
    r.id,
    r.revision + 1,
    r.revision,
    `${r.unit}${r.year}年法治政府建设情况报告`,
    measures,
    shortcomings,
    base.leadersDuty,
    base.nextYearPlan,
    base.other,
    hash,
    authorId,
    new Date(),
  ];
}
