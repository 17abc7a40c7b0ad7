import { Injectable } from '@nestjs/common';
import type { LocalDate } from '@app/calendar';
import { Database } from '@app/persistence';
import { standingReceiptStatus, type ReceiptStatus } from '@app/reports';
import { dateText, dateValue } from '../campaign.repository';
import type { UrgeOfDay } from './urge-plan';

/** A target as 催办 needs it: its report, due date and this campaign's receipt of the report. */
export interface UrgeTarget {
  unitId: string;
  unitName: string;
  reportId: string;
  dueDate: LocalDate;
  receipt: ReceiptStatus | null;
}

export interface NewUrge {
  id: string;
  campaignId: string;
  unitId: string;
  reportId: string;
  urgedOn: LocalDate;
  urgedBy: string;
  message: string | null;
  createdAt: Date;
}

/** The board's 最近催办 column of one target. */
export interface UrgeSummary {
  lastUrgedAt: Date;
  count: number;
}

/** 催办 by hand (campaign_urges: its only writer) and the reads around it. */
@Injectable()
export class UrgeRepository {
  constructor(private readonly db: Database) {}

  /** The target with this campaign's receipt of its report; null when the unit is not a target. */
  async target(campaignId: string, unitId: string): Promise<UrgeTarget | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('units as u', 'u.id', 't.unit_id')
        .leftJoin('report_receipts as rc', (join) =>
          join.onRef('rc.report_id', '=', 't.report_id').onRef('rc.campaign_id', '=', 't.campaign_id'),
        )
        .select([
          't.unit_id',
          'u.name',
          't.report_id',
          dateText('t.due_date').as('due_date'),
          standingReceiptStatus('rc').as('status'),
        ])
        .where('t.campaign_id', '=', campaignId)
        .where('t.unit_id', '=', unitId),
    );
    return row
      ? {
          unitId: row.unit_id,
          unitName: row.name,
          reportId: row.report_id,
          dueDate: row.due_date,
          receipt: row.status,
        }
      : null;
  }

  /**
   * The press of this report in the campaign on a China day, with who pressed (at most one: the
   * unique key). By report, not unit, so that a joint report's 党委 row is not pressed again after
   * its 政府 row (the same people, the same report: a walk, stop 50).
   */
  async ofDay(campaignId: string, reportId: string, day: LocalDate): Promise<UrgeOfDay | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('campaign_urges as m')
        .innerJoin('users as us', 'us.id', 'm.urged_by')
        .select(['m.id', 'm.created_at', 'us.display_name'])
        .where('m.campaign_id', '=', campaignId)
        .where('m.report_id', '=', reportId)
        .where('m.urged_on', '=', dateValue(day))
        .limit(1),
    );
    return row ? { id: row.id, at: row.created_at, byName: row.display_name } : null;
  }

  /**
   * Part of the press's transaction. A second press of the same target and day throws the
   * duplicate-key error (uq_campaign_urges_day), also when both were made at the same moment.
   */
  async insert(urge: NewUrge): Promise<void> {
    this.db.requireTransaction('A 催办');
    await this.db.write(
      this.db.sql.insertInto('campaign_urges').values({
        id: urge.id,
        campaign_id: urge.campaignId,
        unit_id: urge.unitId,
        report_id: urge.reportId,
        urged_on: dateValue(urge.urgedOn),
        urged_by: urge.urgedBy,
        message: urge.message,
        created_at: urge.createdAt,
      }),
    );
  }

  /**
   * Per report of the campaign: the latest press and how many there were (one statement). By
   * report: both rows of a joint report show the press made on either.
   */
  async summaries(campaignId: string): Promise<Map<string, UrgeSummary>> {
    const rows = await this.db.lagTolerant.rows(
      this.db.sql
        .selectFrom('campaign_urges')
        .select((eb) => ['report_id', eb.fn.max('created_at').as('last_at'), eb.fn.countAll().as('count')])
        .where('campaign_id', '=', campaignId)
        .groupBy('report_id'),
    );
    return new Map(
      rows.map((r) => [r.report_id, { lastUrgedAt: new Date(r.last_at), count: Number(r.count) }]),
    );
  }
}
