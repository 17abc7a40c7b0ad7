import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import { newId } from '@app/common';
import { Database, prepared } from '@app/persistence';
import type { Deadlines } from '@app/persistence/schema';

/** stage / due follow the workflow; disclosure and rectification (整改 of findings) are tracks of their own. */
export type DeadlineKind = 'stage' | 'due' | 'disclosure' | 'rectification';

export interface Deadline {
  id: string;
  reportId: string;
  kind: DeadlineKind;
  /** The review stage (kind stage); the office that raised the earliest open finding (kind rectification). */
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

/** Rows a statement when a campaign opens thousands of reports' deadlines at once. */
const INSERT_CHUNK = 1000;

export interface DeadlineSync {
  reportId: string;
  desired: DesiredDeadlines;
  now: Date;
}

/** A deadlines row as the domain reads it (also for the reminder worker's locking read). */
export function toDeadline(r: Selectable<Deadlines>): Deadline {
  return {
    id: r.id,
    reportId: r.report_id,
    kind: r.kind,
    stage: r.stage,
    dueAt: r.due_at,
    version: r.version,
    plannedFrom: r.planned_from,
    closedAt: r.closed_at,
  };
}

/** Every transition locks its report's deadlines: built and compiled once (see prepared()). */
const deadlinesOfReportForUpdate = prepared((sql, a: { reportId: string }) =>
  sql.selectFrom('deadlines').selectAll().where('report_id', '=', a.reportId).forUpdate(),
);

/**
 * Open deadlines live in MySQL. sync() brings a report's rows in line with what its state says,
 * bumping the version of every row that opens, moves or closes, and reports whether anything
 * changed (then the caller asks the worker to re-plan reminders).
 */
@Injectable()
export class DeadlineRepository {
  constructor(private readonly db: Database) {}

  /** A report's deadlines, locked until the current transaction ends (outside one, the lock is immediately released). */
  async forReport(reportId: string): Promise<Deadline[]> {
    const rows = await this.db.rows(deadlinesOfReportForUpdate({ reportId }));
    return rows.map(toDeadline);
  }

  async findById(id: string): Promise<Deadline | null> {
    const row = await this.db.row(this.db.sql.selectFrom('deadlines').selectAll().where('id', '=', id));
    return row ? toDeadline(row) : null;
  }

  /** Several deadlines in one query (the reminder batch); missing ids are simply absent. */
  async findByIds(ids: string[]): Promise<Deadline[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.rows(this.db.sql.selectFrom('deadlines').selectAll().where('id', 'in', ids));
    return rows.map(toDeadline);
  }

  /** Open deadlines after `afterId`, in id order (the reconciler pages through all of them). */
  async openPage(afterId: string, limit: number): Promise<Deadline[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('deadlines')
        .selectAll()
        .where('closed_at', 'is', null)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit),
    );
    return rows.map(toDeadline);
  }

  /**
   * The deadlines of reports created just now (they have none yet), in multi-row inserts: what `sync`
   * would insert for each. Returns the ids of the reports that got one.
   */
  async openForNewReports(opened: ReadonlyArray<Omit<DeadlineSync, 'now'>>, now: Date): Promise<string[]> {
    this.db.requireTransaction("Opening new reports' deadlines");
    const rows = opened.flatMap(({ reportId, desired }) =>
      (['stage', 'due'] as const).flatMap((kind) => {
        const want = desired[kind];
        if (!want) return [];
        const stage = kind === 'stage' && desired.stage ? desired.stage.stage : null;
        return [
          {
            id: newId(),
            report_id: reportId,
            kind,
            stage,
            due_at: want.dueAt,
            version: 1,
            planned_from: now,
            created_at: now,
            updated_at: now,
          },
        ];
      }),
    );
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await this.db.write(this.db.sql.insertInto('deadlines').values(rows.slice(i, i + INSERT_CHUNK)));
    }
    return [...new Set(rows.map((r) => r.report_id))];
  }

  /** Returns whether any deadline opened, moved or closed. */
  async sync({ reportId, desired, now }: DeadlineSync): Promise<boolean> {
    this.db.requireTransaction("Syncing a report's deadlines");
    return this.syncLocked({ reportId, rows: await this.forReport(reportId), desired, now });
  }

  /** A report's deadlines, locked until the transaction ends (`forReport`), for `syncLocked`. */
  async lockForReport(reportId: string): Promise<Deadline[]> {
    this.db.requireTransaction("Locking a report's deadlines");
    return this.forReport(reportId);
  }

  /**
   * `sync` over the rows `lockForReport` locked in this transaction: its writes need no answer, so
   * in a pipelined transaction they go with the next statement or the COMMIT (`writeLater`).
   */
  async syncLocked({ reportId, rows, desired, now }: DeadlineSync & { rows: Deadline[] }): Promise<boolean> {
    this.db.requireTransaction("Syncing a report's deadlines");
    let changed = false;
    for (const kind of ['stage', 'due'] as const) {
      const want = desired[kind];
      const row = rows.find((r) => r.kind === kind);
      const wantStage = kind === 'stage' && desired.stage ? desired.stage.stage : null;
      if (want) {
        const same =
          row && !row.closedAt && row.dueAt.getTime() === want.dueAt.getTime() && row.stage === wantStage;
        if (same) continue;
        changed = true;
        if (row) {
          await this.db.writeLater(
            this.db.sql
              .updateTable('deadlines')
              .set((eb) => ({
                stage: wantStage,
                due_at: want.dueAt,
                version: eb('version', '+', 1),
                planned_from: now,
                closed_at: null,
                updated_at: now,
              }))
              .where('id', '=', row.id),
          );
        } else {
          await this.db.writeLater(
            this.db.sql.insertInto('deadlines').values({
              id: newId(),
              report_id: reportId,
              kind,
              stage: wantStage,
              due_at: want.dueAt,
              version: 1,
              planned_from: now,
              created_at: now,
              updated_at: now,
            }),
          );
        }
      } else if (row && !row.closedAt) {
        changed = true;
        await this.db.writeLater(
          this.db.sql
            .updateTable('deadlines')
            .set((eb) => ({ version: eb('version', '+', 1), closed_at: now, updated_at: now }))
            .where('id', '=', row.id),
        );
      }
    }
    return changed;
  }

  /**
   * The disclosure deadline (public disclosure by the campaign's date) in line with `dueAt`: opened,
   * moved or closed (null), its version bumped as `sync` does. Kept apart from `sync`, which follows
   * the report's workflow state: the disclosure track is not part of it. Returns whether it changed.
   */
  async syncDisclosure(input: { reportId: string; dueAt: Date | null; now: Date }): Promise<boolean> {
    this.db.requireTransaction("Syncing a report's disclosure deadline");
    return this.syncTrack({ ...input, kind: 'disclosure', stage: null });
  }

  /**
   * The 整改 deadline: the earliest due date of the report's open findings (null: none open), with
   * the office that raised that finding in `stage` (it is escalated to). Returns whether it changed.
   */
  async syncRectification(input: {
    reportId: string;
    due: { dueAt: Date; raisingUnitId: string } | null;
    now: Date;
  }): Promise<boolean> {
    this.db.requireTransaction("Syncing a report's rectification deadline");
    const { reportId, due, now } = input;
    return this.syncTrack({
      reportId,
      now,
      kind: 'rectification',
      dueAt: due?.dueAt ?? null,
      stage: due?.raisingUnitId ?? null,
    });
  }

  /** One deadline of a track outside the workflow opened, moved or closed (null), its version bumped as `sync` does. */
  private async syncTrack(input: {
    reportId: string;
    kind: 'disclosure' | 'rectification';
    dueAt: Date | null;
    stage: string | null;
    now: Date;
  }): Promise<boolean> {
    const { reportId, kind, dueAt, stage, now } = input;
    const row = (await this.forReport(reportId)).find((r) => r.kind === kind);
    if (dueAt === null) {
      if (!row || row.closedAt) return false;
      await this.db.write(
        this.db.sql
          .updateTable('deadlines')
          .set((eb) => ({ version: eb('version', '+', 1), closed_at: now, updated_at: now }))
          .where('id', '=', row.id),
      );
      return true;
    }
    if (row && !row.closedAt && row.dueAt.getTime() === dueAt.getTime() && row.stage === stage) return false;
    if (row) {
      await this.db.write(
        this.db.sql
          .updateTable('deadlines')
          .set((eb) => ({
            stage,
            due_at: dueAt,
            version: eb('version', '+', 1),
            planned_from: now,
            closed_at: null,
            updated_at: now,
          }))
          .where('id', '=', row.id),
      );
    } else {
      await this.db.write(
        this.db.sql.insertInto('deadlines').values({
          id: newId(),
          report_id: reportId,
          kind,
          stage,
          due_at: dueAt,
          version: 1,
          planned_from: now,
          created_at: now,
          updated_at: now,
        }),
      );
    }
    return true;
  }
}
