import type { Pool } from 'mysql2/promise';
import { newId } from '@app/common';
import { checkCompleteness, completenessBasis } from '@app/content';
import { hashPassword } from '../../apps/api/src/auth/passwords';
import { completeSections } from './sections';

/**
 * Bulk fixtures written straight into MySQL (set-up is not what is measured; every measured
 * action goes through the product). Multi-row INSERTs of 500-1,000 rows keep 100,000 rows to seconds.
 */
export const BENCH_PASSWORD = 'Bench-pass-2025!';
export const GENESIS_HASH = '0'.repeat(64);

export interface Unit {
  id: string;
  path: string;
  name: string;
}

let hash: Promise<string> | null = null;
const passwordHash = () => (hash ??= hashPassword(BENCH_PASSWORD));

async function inBatches<T>(items: T[], size: number, write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

/** A province-level root with `count` county departments below it (names unique per run). */
export async function createUnitTree(
  db: Pool,
  label: string,
  count: number,
): Promise<{ root: Unit; units: Unit[] }> {
  const now = new Date();
  const rootId = newId();
  const root = { id: rootId, path: `/${rootId}/`, name: `${label}-${rootId.slice(-8)}` };
  await db.query(
    `INSERT INTO units (id, parent_id, path, depth, name, kind, level, division_code, created_at)
     VALUES (?, NULL, ?, 0, ?, 'government', 'province', '65', ?)`,
    [root.id, root.path, root.name, now],
  );
  const units: Unit[] = Array.from({ length: count }, (_, i) => {
    const id = newId();
    return { id, path: `${root.path}${id}/`, name: `${label}局-${String(i + 1).padStart(5, '0')}` };
  });
  await inBatches(units, 1000, (batch) =>
    db.query(
      `INSERT INTO units (id, parent_id, path, depth, name, kind, level, created_at) VALUES ${batch
        .map(() => "(?, ?, ?, 1, ?, 'department', 'county', ?)")
        .join(', ')}`,
      batch.flatMap((u) => [u.id, root.id, u.path, u.name, now]),
    ),
  );
  return { root, units };
}

/** One user per unit holding `roles` there; returns the usernames in unit order. */
export async function createUnitUsers(
  db: Pool,
  units: Unit[],
  roles: string[],
  label: string,
): Promise<Array<{ id: string; username: string }>> {
  const now = new Date();
  const secret = await passwordHash();
  const users = units.map((u, i) => ({
    id: newId(),
    username: `${label}-${i}-${u.id.slice(-6)}`,
    unitId: u.id,
  }));
  await inBatches(users, 500, (batch) =>
    db.query(
      `INSERT INTO users (id, unit_id, username, display_name, password_hash, active, failed_logins, created_at, updated_at)
       VALUES ${batch.map(() => '(?, ?, ?, ?, ?, 1, 0, ?, ?)').join(', ')}`,
      batch.flatMap((u) => [u.id, u.unitId, u.username, u.username, secret, now, now]),
    ),
  );
  const grants = users.flatMap((u) => roles.map((role) => [u.id, role, u.unitId, now]));
  await inBatches(grants, 1000, (batch) =>
    db.query(
      `INSERT INTO user_roles (user_id, role, unit_id, granted_at) VALUES ${batch.map(() => '(?, ?, ?, ?)').join(', ')}`,
      batch.flat(),
    ),
  );
  return users.map(({ id, username }) => ({ id, username }));
}

/**
 * The benchmark user of a unit takes every step of the round alone, as in a tiny unit: such units
 * relax separation of duties (each relaxed approval is recorded in the report's history).
 */
export async function relaxDutySeparation(db: Pool, units: Unit[]): Promise<void> {
  await inBatches(units, 1000, (batch) =>
    db.query("UPDATE units SET duty_separation = 'relaxed' WHERE id IN (?)", [batch.map((u) => u.id)]),
  );
}

export interface SeededReport {
  id: string;
  unitIndex: number;
}

/**
 * `perUnit` drafting reports in every unit, each with one complete revision (so `submit` passes
 * the completeness check) and version 2, as if created and saved through the API: the revision
 * carries the check's verdict, as a save stores it.
 */
export async function createDraftReports(
  db: Pool,
  units: Unit[],
  perUnit: number,
  createdBy: string,
  year = 2025,
): Promise<SeededReport[]> {
  const now = new Date();
  const reports: SeededReport[] = [];
  for (let k = 0; k < perUnit; k++) units.forEach((_, unitIndex) => reports.push({ id: newId(), unitIndex }));
  await inBatches(reports, 500, async (batch) => {
    await db.query(
      `INSERT INTO reports (id, unit_id, receiving_unit_id, campaign_id, campaign_scope, report_year, workflow_id,
        workflow_version, state, version, current_revision, title, last_event_seq, last_hash, return_count,
        stage_entered_at, created_by, created_at, updated_at)
       VALUES ${batch.map(() => "(?, ?, NULL, NULL, ?, ?, 'default', 1, 'drafting', 2, 1, ?, 0, ?, 0, ?, ?, ?, ?)").join(', ')}`,
      batch.flatMap((r) => [
        r.id,
        units[r.unitIndex].id,
        r.id,
        year,
        `${units[r.unitIndex].name}${year}年法治政府建设情况报告`,
        GENESIS_HASH,
        now,
        createdBy,
        now,
        now,
      ]),
    );
    await db.query(
      `INSERT INTO report_revisions (report_id, number, based_on, title, measures, shortcomings, leaders_duty,
        next_year_plan, other, content_hash, author_id, created_at, check_passed, check_basis)
       VALUES ${batch.map(() => '(?, 1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      batch.flatMap((r) => {
        const unit = units[r.unitIndex];
        const s = completeSections(unit.name, year);
        const title = `${unit.name}${year}年法治政府建设情况报告`;
        const options = { campaignYear: year, unitName: unit.name, title };
        return [
          r.id,
          title,
          s.measures,
          s.shortcomings,
          s.leadersDuty,
          s.nextYearPlan,
          s.other,
          'b'.repeat(64),
          createdBy,
          now,
          checkCompleteness(s, options).passed,
          completenessBasis(options),
        ];
      }),
    );
  });
  return reports;
}

/**
 * Closes the open deadlines of these reports, as if their stages were done: a later benchmark's
 * worker then has no timers to plan for them (the memory benchmark counts only its own).
 */
export async function closeDeadlines(db: Pool, reportIds: string[]): Promise<void> {
  const now = new Date();
  for (let i = 0; i < reportIds.length; i += 5000) {
    await db.query(
      'UPDATE deadlines SET closed_at = ?, version = version + 1, updated_at = ? WHERE report_id IN (?) AND closed_at IS NULL',
      [now, now, reportIds.slice(i, i + 5000)],
    );
  }
}
