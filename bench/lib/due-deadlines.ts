import { GENESIS_HASH } from './seed';

/**
 * Bulk seeding of reports with an open 'due' deadline, shared by the reminder benchmarks and the
 * worker's tests (test/support/reminder-seed.ts). It writes rows straight into MySQL because
 * 100,000 reports through the API would take longer than the benchmark itself.
 */

/** Only the reminder on the due day: one reminder per deadline, easy to count. */
export const ON_THE_DAY_ONLY = {
  stageBefore: [],
  dueBefore: [],
  onTheDay: true,
  overdueDailyMax: 0,
  escalateToLeaderAfter: 0,
  escalateToCoordinatorAfter: 0,
};

export interface DueDeadlineRow {
  reportId: string;
  deadlineId: string;
  unitId: string;
}

/** Any client's query function: mysql2's pool and TypeORM's data source both fit. */
export type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/** Drafting reports with the on-the-day-only policy, each with an open 'due' deadline at `dueAt`, 1,000 per INSERT. */
export async function insertDueDeadlines(
  query: Query,
  rows: DueDeadlineRow[],
  options: { dueAt: Date; reportYear: number; createdBy: string; plannedFrom?: Date },
): Promise<void> {
  for (let offset = 0; offset < rows.length; offset += 1000) {
    const batch = rows.slice(offset, offset + 1000);
    const now = new Date();
    await query(
      `INSERT INTO reports (id, unit_id, receiving_unit_id, campaign_id, campaign_scope, report_year, workflow_id,
        workflow_version, state, version, current_revision, title, last_event_seq, last_hash, return_count,
        stage_entered_at, reminder_policy, due_at, created_by, created_at, updated_at)
       VALUES ${batch.map(() => "(?, ?, NULL, NULL, ?, ?, 'default', 1, 'drafting', 1, 0, '压测报告', 0, ?, 0, ?, ?, ?, ?, ?, ?)").join(', ')}`,
      batch.flatMap((r) => [
        r.reportId,
        r.unitId,
        r.reportId,
        options.reportYear,
        GENESIS_HASH,
        now,
        JSON.stringify(ON_THE_DAY_ONLY),
        options.dueAt,
        options.createdBy,
        now,
        now,
      ]),
    );
    await query(
      `INSERT INTO deadlines (id, report_id, kind, stage, due_at, version, planned_from, created_at, updated_at)
       VALUES ${batch.map(() => "(?, ?, 'due', NULL, ?, 1, ?, ?, ?)").join(', ')}`,
      batch.flatMap((r) => [r.deadlineId, r.reportId, options.dueAt, options.plannedFrom ?? now, now, now]),
    );
  }
}
