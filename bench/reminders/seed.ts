import { join } from 'node:path';
import type { Pool } from 'mysql2/promise';
import { endOfDayInstant, loadCalendarFromDir, localDateOf, type LocalDate } from '@app/calendar';
import { newId } from '@app/common';
import { ROOT } from '../lib/env';
import { insertDueDeadlines } from '../lib/due-deadlines';
import type { Unit } from '../lib/seed';

/** The n-th working day from today (China time): a due day whose 09:00 reminder is still ahead. */
/**
 * The n-th working day before today. The benchmark's reminders are due now, so their deadlines lie in
 * the past: a reminder whose planned time is still to come is (rightly) put back by the worker.
 */
export function workingDayBefore(n: number): LocalDate {
  const calendar = loadCalendarFromDir(join(ROOT, 'config/calendar'));
  return calendar.subtractWorkingDays(localDateOf(new Date()), n);
}

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
): Promise<SeededDeadline[]> {
  const out: SeededDeadline[] = Array.from({ length: count }, (_, i) => ({
    deadlineId: newId(),
    reportId: newId(),
    unitIndex: i % units.length,
  }));
  await insertDueDeadlines(
    (sql, params) => db.query(sql, params),
    out.map((d) => ({ ...d, unitId: units[d.unitIndex].id })),
    // Planned from before the due day, so its on-the-day reminder counts as planned (and late).
    { dueAt: endOfDayInstant(dueDay), reportYear: 2025, createdBy, plannedFrom: new Date(0) },
  );
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
