import { join } from 'node:path';
import type { Pool } from 'mysql2/promise';
import { endOfDayInstant, loadCalendarFromDir, localDateOf, type LocalDate } from '@app/calendar';
import { newId } from '@app/common';
import { ROOT } from '../lib/env';
import { GENESIS_HASH, type Unit } from '../lib/seed';

/** Only the reminder on the due day: one reminder per deadline, easy to count. */
export const ON_THE_DAY_ONLY = {
  stageBefore: [],
  dueBefore: [],
  onTheDay: true,
  overdueDailyMax: 0,
  escalateToLeaderAfter: 0,
  escalateToCoordinatorAfter: 0,
};

/** The n-th working day from today (China time): a due day whose 09:00 reminder is still ahead. */
export function workingDayAhead(n: number): LocalDate {
  const calendar = loadCalendarFromDir(join(ROOT, 'config/calendar'));
  return calendar.addWorkingDays(localDateOf(new Date()), n);
}

export interface SeededDeadline {
  deadlineId: string;
  reportId: string;
  unitIndex: number;
}

/**
 * `count` drafting reports spread over `units`, each with an open 'due' deadline on `dueDay` and the
 * on-the-day-only reminder policy: one reminder per deadline, to the unit's drafter.
 */
export async function seedDeadlines(
  db: Pool,
  units: Unit[],
  createdBy: string,
  count: number,
  dueDay: LocalDate,
) {
  const dueAt = endOfDayInstant(dueDay);
  const out: SeededDeadline[] = [];
  for (let offset = 0; offset < count; offset += 1000) {
    const now = new Date();
    const batch: SeededDeadline[] = Array.from({ length: Math.min(1000, count - offset) }, (_, k) => ({
      deadlineId: newId(),
      reportId: newId(),
      unitIndex: (offset + k) % units.length,
    }));
    out.push(...batch);
    await db.query(
      `INSERT INTO reports (id, unit_id, receiving_unit_id, campaign_id, campaign_scope, report_year, workflow_id,
        workflow_version, state, version, current_revision, title, last_event_seq, last_hash, return_count,
        stage_entered_at, reminder_policy, due_at, created_by, created_at, updated_at)
       VALUES ${batch.map(() => "(?, ?, NULL, NULL, ?, 2025, 'default', 1, 'drafting', 1, 0, '压测报告', 0, ?, 0, ?, ?, ?, ?, ?, ?)").join(', ')}`,
      batch.flatMap((d) => [
        d.reportId,
        units[d.unitIndex].id,
        d.reportId,
        GENESIS_HASH,
        now,
        JSON.stringify(ON_THE_DAY_ONLY),
        dueAt,
        createdBy,
        now,
        now,
      ]),
    );
    await db.query(
      `INSERT INTO deadlines (id, report_id, kind, stage, due_at, version, planned_from, created_at, updated_at)
       VALUES ${batch.map(() => "(?, ?, 'due', NULL, ?, 1, ?, ?, ?)").join(', ')}`,
      batch.flatMap((d) => [d.deadlineId, d.reportId, dueAt, now, now, now]),
    );
  }
  return out;
}

/**
 * Moves every seeded deadline to another due day and bumps its version, as an extension (延期)
 * does: its reminder is then a new one (new job id, new log key), so the same rows serve a second run.
 */
export async function moveDeadlines(
  db: Pool,
  deadlines: SeededDeadline[],
  dueDay: LocalDate,
): Promise<number> {
  const dueAt = endOfDayInstant(dueDay);
  for (let i = 0; i < deadlines.length; i += 5000) {
    await db.query('UPDATE deadlines SET due_at = ?, version = version + 1, updated_at = ? WHERE id IN (?)', [
      dueAt,
      new Date(),
      deadlines.slice(i, i + 5000).map((d) => d.deadlineId),
    ]);
  }
  const [[{ v }]] = (await db.query('SELECT MAX(version) AS v FROM deadlines WHERE id = ?', [
    deadlines[0].deadlineId,
  ])) as unknown as [[{ v: number }]];
  return Number(v);
}
