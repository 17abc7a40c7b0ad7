import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { endOfDayInstant, loadCalendarFromDir, localDateOf } from '@app/calendar';
import { newId } from '@app/common';
import { GENESIS_HASH } from '@app/reports';

const calendar = loadCalendarFromDir(resolve(__dirname, '../../config/calendar'));
/** Only the reminder on the due day: one reminder per deadline, easy to count. */
export const ON_THE_DAY_ONLY = {
  stageBefore: [],
  dueBefore: [],
  onTheDay: true,
  overdueDailyMax: 0,
  escalateToLeaderAfter: 0,
  escalateToCoordinatorAfter: 0,
};

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
  const today = localDateOf(new Date());
  const dueDay = calendar.subtractWorkingDays(today, 2);
  const dueAt = endOfDayInstant(dueDay);
  const plannedFrom = new Date(dueAt.getTime() - 5 * 86_400_000);
  const ids: string[] = [];
  for (let offset = 0; offset < count; offset += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - offset) }, () => newId());
    ids.push(...batch);
    const now = new Date();
    await dataSource.query(
      `INSERT INTO reports (id, unit_id, receiving_unit_id, campaign_id, campaign_scope, report_year, workflow_id, workflow_version,
        state, version, current_revision, title, last_event_seq, last_hash, return_count, stage_entered_at, reminder_policy,
        due_at, created_by, created_at, updated_at) VALUES ${batch.map(() => "(?, ?, NULL, NULL, ?, 2024, 'default', 1, 'drafting', 1, 0, '压测报告', 0, ?, 0, ?, ?, ?, ?, ?, ?)").join(', ')}`,
      batch.flatMap((id) => [
        id,
        unitId,
        id,
        GENESIS_HASH,
        now,
        JSON.stringify(ON_THE_DAY_ONLY),
        dueAt,
        createdBy,
        now,
        now,
      ]),
    );
    await dataSource.query(
      `INSERT INTO deadlines (id, report_id, kind, stage, due_at, version, planned_from, created_at, updated_at)
       VALUES ${batch.map(() => "(?, ?, 'due', NULL, ?, 1, ?, ?, ?)").join(', ')}`,
      batch.flatMap((id) => [newId(), id, dueAt, plannedFrom, now, now]),
    );
  }
  return ids;
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
