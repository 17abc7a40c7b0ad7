import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { endOfDayInstant, loadCalendarFromDir, localDateOf } from '@app/calendar';
import { newId } from '@app/common';
import { insertDueDeadlines } from '../../bench/lib/due-deadlines';

export { ON_THE_DAY_ONLY } from '../../bench/lib/due-deadlines';

const calendar = loadCalendarFromDir(resolve(__dirname, '../../config/calendar'));

/**
 * Inserts `count` drafting reports of one unit, each with an open 'due' deadline whose on-the-day
 * reminder fell due two working days ago (so it is due now, by the real clock), in bulk.
 * Returns the report ids.
 */
export async function seedDueReminders(
  dataSource: DataSource,
  unitId: string,
  createdBy: string,
  count: number,
): Promise<string[]> {
  const dueAt = endOfDayInstant(calendar.subtractWorkingDays(localDateOf(new Date()), 2));
  const rows = Array.from({ length: count }, () => ({ reportId: newId(), deadlineId: newId(), unitId }));
  await insertDueDeadlines((sql, params) => dataSource.query(sql, params), rows, {
    dueAt,
    reportYear: 2024,
    createdBy,
    plannedFrom: new Date(dueAt.getTime() - 5 * 86_400_000),
  });
  return rows.map((r) => r.reportId);
}

export async function countReminders(
  dataSource: DataSource,
  unitId: string,
): Promise<{ notifications: number; distinctDeadlines: number; log: number }> {
  const [row] = await dataSource.query(
    `SELECT COUNT(*) AS notifications, COUNT(DISTINCT n.report_id) AS distinct_reports FROM notifications n
       JOIN reports r ON r.id = n.report_id WHERE r.unit_id = ? AND n.kind = 'reminder'`,
    [unitId],
  );
  const [log] = await dataSource.query(
    'SELECT COUNT(*) AS n FROM reminder_log l JOIN deadlines d ON d.id = l.deadline_id JOIN reports r ON r.id = d.report_id WHERE r.unit_id = ?',
    [unitId],
  );
  return {
    notifications: Number(row.notifications),
    distinctDeadlines: Number(row.distinct_reports),
    log: Number(log.n),
  };
}
