import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { newId } from '@app/common';

export interface Deadline {
  id: string;
  reportId: string;
  kind: 'stage' | 'due';
  stage: string | null;
  dueAt: Date;
  version: number;
  plannedFrom: Date;
  closedAt: Date | null;
}

/** What a report's row says its deadlines should be right now. */
export interface DesiredDeadlines {
  stage: { stage: string; dueAt: Date } | null;
  due: { dueAt: Date } | null;
}

function toDeadline(r: Record<string, unknown>): Deadline {
  return {
    id: r.id as string,
    reportId: r.report_id as string,
    kind: r.kind as 'stage' | 'due',
    stage: (r.stage as string | null) ?? null,
    dueAt: r.due_at as Date,
    version: Number(r.version),
    plannedFrom: r.planned_from as Date,
    closedAt: (r.closed_at as Date | null) ?? null,
  };
}

/**
 * Open deadlines live in MySQL. sync() brings a report's rows in line with what its state says,
 * bumping the version of every row that opens, moves or closes, and reports whether anything
 * changed (then the caller asks the worker to re-plan reminders).
 */
@Injectable()
export class DeadlineRepository {
  constructor(private readonly dataSource: DataSource) {}

  async forReport(reportId: string, manager: EntityManager = this.dataSource.manager): Promise<Deadline[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      'SELECT * FROM deadlines WHERE report_id = ? FOR UPDATE',
      [reportId],
    );
    return rows.map(toDeadline);
  }

  async findById(id: string): Promise<Deadline | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM deadlines WHERE id = ?',
      [id],
    );
    return rows[0] ? toDeadline(rows[0]) : null;
  }

  /** Several deadlines in one query (the reminder batch); missing ids are simply absent. */
  async findByIds(ids: string[]): Promise<Deadline[]> {
    if (ids.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM deadlines WHERE id IN (?)',
      [ids],
    );
    return rows.map(toDeadline);
  }

  /** Open deadlines after `afterId`, in id order (the reconciler pages through all of them). */
  async openPage(afterId: string, limit: number): Promise<Deadline[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM deadlines WHERE closed_at IS NULL AND id > ? ORDER BY id LIMIT ?',
      [afterId, limit],
    );
    return rows.map(toDeadline);
  }

  async sync(
    manager: EntityManager,
    reportId: string,
    desired: DesiredDeadlines,
    now: Date,
  ): Promise<boolean> {
    const rows = await this.forReport(reportId, manager);
    let changed = false;
    for (const kind of ['stage', 'due'] as const) {
      const want = desired[kind];
      const row = rows.find((r) => r.kind === kind);
      const wantStage = kind === 'stage' && want ? (want as { stage: string }).stage : null;
      if (want) {
        const same =
          row && !row.closedAt && row.dueAt.getTime() === want.dueAt.getTime() && row.stage === wantStage;
        if (same) continue;
        changed = true;
        if (row) {
          await manager.query(
            `UPDATE deadlines SET stage = ?, due_at = ?, version = version + 1, planned_from = ?, closed_at = NULL, updated_at = ?
              WHERE id = ?`,
            [wantStage, want.dueAt, now, now, row.id],
          );
        } else {
          await manager.query(
            `INSERT INTO deadlines (id, report_id, kind, stage, due_at, version, planned_from, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
            [newId(), reportId, kind, wantStage, want.dueAt, now, now, now],
          );
        }
      } else if (row && !row.closedAt) {
        changed = true;
        await manager.query(
          'UPDATE deadlines SET version = version + 1, closed_at = ?, updated_at = ? WHERE id = ?',
          [now, now, row.id],
        );
      }
    }
    return changed;
  }
}
