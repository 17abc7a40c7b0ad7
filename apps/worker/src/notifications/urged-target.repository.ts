import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { LocalDate } from '@app/calendar';
import { issuerLabel, type OfficeLevel } from '@app/directory';
import { Database } from '@app/persistence';
import { standingReceiptStatus, waitsForUnit } from '@app/reports';

/** One 催办 by hand as its message needs it: who pressed, for which campaign, unit, report and date. */
export interface UrgedTarget {
  id: string;
  campaignId: string;
  campaignTitle: string;
  /** The issuer as users say it: the office (依法治县办) for a government's campaign (office-words.ts). */
  issuerName: string;
  unitId: string;
  unitName: string;
  reportId: string;
  /** This campaign's due date for the target (after extensions). */
  dueDate: LocalDate;
  message: string | null;
  urgedAt: Date;
  /**
   * The campaign is active and still waits for the unit (waitsForUnit) now, when the job runs: a
   * job run late (a retry, a relay after a crash) tells nobody "尚未报送" of a report sent since.
   */
  stillOwed: boolean;
  /** When its email and robot messages go out; null until its inbox job planned them. */
  pushDueAt: Date | null;
  /** When they were stored for sending (or found no longer owed); null while owed. */
  pushedAt: Date | null;
}

/** A press whose email and robot messages are still owed, for the reconciler. */
export interface OwedUrgePush {
  urgeId: string;
  pushDueAt: Date;
}

/**
 * A press of 催办 as its jobs need it. The API writes the row; the worker plans and records its
 * email and robot messages (push_due_at, pushed_at), each once.
 */
@Injectable()
export class UrgedTargetRepository {
  constructor(private readonly db: Database) {}

  async find(urgeId: string): Promise<UrgedTarget | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('campaign_urges as m')
        .innerJoin('campaigns as c', 'c.id', 'm.campaign_id')
        .innerJoin('units as iu', 'iu.id', 'c.issuing_unit_id')
        .innerJoin('units as u', 'u.id', 'm.unit_id')
        .innerJoin('campaign_targets as t', (join) =>
          join.onRef('t.campaign_id', '=', 'm.campaign_id').onRef('t.unit_id', '=', 'm.unit_id'),
        )
        .leftJoin('report_receipts as rc', (join) =>
          join.onRef('rc.report_id', '=', 'm.report_id').onRef('rc.campaign_id', '=', 'm.campaign_id'),
        )
        .select([
          'm.id',
          'm.campaign_id',
          'c.title as campaign_title',
          'c.status as campaign_status',
          standingReceiptStatus('rc').as('receipt'),
          'iu.name as issuer_name',
          'iu.kind as issuer_kind',
          'iu.level as issuer_level',
          'm.unit_id',
          'u.name as unit_name',
          'm.report_id',
          sql<LocalDate>`DATE_FORMAT(t.due_date, '%Y-%m-%d')`.as('due_date'),
          'm.message',
          'm.created_at',
          'm.push_due_at',
          'm.pushed_at',
        ])
        .where('m.id', '=', urgeId),
    );
    if (!row) return null;
    return {
      id: row.id,
      campaignId: row.campaign_id,
      campaignTitle: row.campaign_title,
      issuerName: issuerLabel(
        { name: row.issuer_name },
        { name: row.issuer_name, kind: row.issuer_kind, level: row.issuer_level as OfficeLevel },
      ),
      unitId: row.unit_id,
      unitName: row.unit_name,
      reportId: row.report_id,
      dueDate: row.due_date,
      message: row.message,
      urgedAt: row.created_at,
      stillOwed: row.campaign_status === 'active' && waitsForUnit(row.receipt),
      pushDueAt: row.push_due_at,
      pushedAt: row.pushed_at,
    };
  }

  /** Sets when its pushes go out, once: false when an earlier run of its job already planned them. */
  async planPush(urgeId: string, dueAt: Date): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('campaign_urges')
        .set({ push_due_at: dueAt })
        .where('id', '=', urgeId)
        .where('push_due_at', 'is', null),
    );
    return result.affectedRows === 1;
  }

  /** Records the pushes stored (or no longer owed), once: false when another run recorded them first. */
  async markPushed(urgeId: string, now: Date): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('campaign_urges')
        .set({ pushed_at: now })
        .where('id', '=', urgeId)
        .where('pushed_at', 'is', null),
    );
    return result.affectedRows === 1;
  }

  /**
   * An earlier press of the same target whose pushes still wait: recorded as done (pushed_at), its
   * inbox message stays; the newer press's email and robot message tell the unit once.
   */
  async supersedeOwedPushes(
    urge: Pick<UrgedTarget, 'id' | 'campaignId' | 'unitId'>,
    now: Date,
  ): Promise<number> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('campaign_urges')
        .set({ pushed_at: now })
        .where('campaign_id', '=', urge.campaignId)
        .where('unit_id', '=', urge.unitId)
        .where('id', '!=', urge.id)
        .where('pushed_at', 'is', null)
        .where('push_due_at', 'is not', null),
    );
    return result.affectedRows;
  }

  /** Presses whose pushes are planned and not yet stored, a page at a time by id. */
  async owedPushes(afterId: string, limit: number): Promise<OwedUrgePush[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_urges')
        .select(['id', 'push_due_at'])
        .where('pushed_at', 'is', null)
        .where('push_due_at', 'is not', null)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit),
    );
    return rows.map((r) => ({ urgeId: r.id, pushDueAt: r.push_due_at! }));
  }
}
