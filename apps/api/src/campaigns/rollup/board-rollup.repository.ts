import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { CHINA_UTC_OFFSET_MINUTES, type LocalDate } from '@app/calendar';
import { Database } from '@app/persistence';
import { standingReceiptStatus, type ReceiptStatus } from '@app/reports';
import { dateText } from '../campaign.repository';

/**
 * The cascaded targets that classify alike, counted: same campaign, report state and workflow,
 * receipt, due date, the same side of the due day's end for the report's and the receipt's time,
 * and the same calendar region source. The roll-up needs nothing else of them.
 */
export interface RollupGroup {
  campaignId: string;
  state: string;
  workflowId: string;
  workflowVersion: number;
  receiptStatus: ReceiptStatus | null;
  hasReceipts: boolean;
  dueDate: LocalDate;
  /** reports.submitted_at: null when unset, else whether it is within the due day (China time). */
  reportInByDueDay: boolean | null;
  /** This campaign's receipt's created_at, likewise. */
  receiptInByDueDay: boolean | null;
  /** The unit's own division code. */
  unitDivisionCode: string | null;
  /** The path of the unit's parent (its region comes from there); null when its own code gives it. */
  parentPath: string | null;
  /**
   * Whether these targets count in the roll-up (its overall totals): not when their campaign was
   * withdrawn (it asks nothing of anyone any more), nor when the unit is counted already, as a target
   * of the board's own campaign or of a cascade nearer to it. A county office forwards the
   * prefecture's notice to the very bureaus the prefecture asked, and re-issues a cascade it
   * withdrew: each unit is one unit of the area (external QA, stop 57 F3: one bureau counted three
   * times, and 2 of 5 "not submitted" when every unit had reported). Each cascade's own totals
   * (`children`) still count all its targets.
   */
  counted: boolean;
  count: number;
}

/** What a group is made of: every column a target's state, light and progress depend on. */
const GROUPED_BY = [
  'x.campaign_id',
  'x.state',
  'x.workflow_id',
  'x.workflow_version',
  'x.receipt_status',
  'x.has_receipts',
  'x.due_date',
  'x.report_in_by_due_day',
  'x.receipt_in_by_due_day',
  'x.division_code',
  'x.parent_path',
  'x.campaign_path',
  'x.counted',
] as const;

/** Minutes from a due date's UTC midnight to the end of that day in China (16:00 UTC). */
const DUE_DAY_ENDS_AFTER_MINUTES = 24 * 60 - CHINA_UTC_OFFSET_MINUTES;

/**
 * The roll-up's read: the targets of every campaign cascaded from one (any depth) counted in SQL
 * by what their state, light and progress depend on (a region's 30,000 targets come back as a few
 * dozen groups), in the order their first target has (campaign path, unit path, as the rows were
 * read), so the workflows, and with them the order of the states, are met as row by row. Sorting
 * 30,000 rows by path in SQL (ROW_NUMBER) cost more than the grouping: each group brings its
 * first unit path instead, and the few groups are sorted here.
 */
@Injectable()
export class BoardRollupRepository {
  constructor(private readonly db: Database) {}

  async groups(path: string, campaignId: string): Promise<RollupGroup[]> {
    const targets = this.db.sql
      .selectFrom('campaign_targets as t')
      .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
      .innerJoin('units as u', 'u.id', 't.unit_id')
      .innerJoin('reports as r', 'r.id', 't.report_id')
      .leftJoin('report_receipts as rc', (join) =>
        join.onRef('rc.report_id', '=', 't.report_id').onRef('rc.campaign_id', '=', 't.campaign_id'),
      )
      .where('c.path', 'like', `${path}%`)
      .where('c.id', '<>', campaignId)
      .select((eb) => [
        't.campaign_id',
        'r.state',
        'r.workflow_id',
        'r.workflow_version',
        standingReceiptStatus('rc').as('receipt_status'),
        eb
          .exists(
            eb
              .selectFrom('report_receipts as any_rc')
              .select('any_rc.campaign_id')
              .whereRef('any_rc.report_id', '=', 't.report_id'),
          )
          .as('has_receipts'),
        dateText('t.due_date').as('due_date'),
        inByDueDay('r.submitted_at').as('report_in_by_due_day'),
        inByDueDay('rc.created_at').as('receipt_in_by_due_day'),
        'u.division_code',
        // The parent's path ('/a/b/c/' → '/a/b/'), only when the unit's own code does not give the region.
        sql<string | null>`CASE WHEN CHAR_LENGTH(COALESCE(u.division_code, '')) >= 2 THEN NULL
          ELSE LEFT(${trimmed}, CHAR_LENGTH(${trimmed}) - CHAR_LENGTH(SUBSTRING_INDEX(${trimmed}, '/', -1))) END`.as(
          'parent_path',
        ),
        'c.path as campaign_path',
        'u.path as unit_path',
        countedOnce(path, campaignId).as('counted'),
      ]);
    const rows = await this.db.lagTolerant.rows(
      this.db.sql
        .selectFrom(targets.as('x'))
        .select((eb) => [
          ...GROUPED_BY,
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('x.unit_path').as('first_unit_path'),
        ])
        .groupBy([...GROUPED_BY]),
    );
    // The paths are ascii_bin: JavaScript's string order is the database's.
    const first = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      compare(a.campaign_path, b.campaign_path) || compare(a.first_unit_path, b.first_unit_path);
    return rows.sort(first).map((r) => ({
      campaignId: r.campaign_id,
      state: r.state,
      workflowId: r.workflow_id,
      workflowVersion: Number(r.workflow_version),
      receiptStatus: r.receipt_status,
      hasReceipts: Number(r.has_receipts) === 1,
      dueDate: r.due_date,
      reportInByDueDay: flag(r.report_in_by_due_day),
      receiptInByDueDay: flag(r.receipt_in_by_due_day),
      unitDivisionCode: r.division_code,
      parentPath: r.parent_path,
      counted: Number(r.counted) === 1,
      count: Number(r.n),
    }));
  }
}

/**
 * 1 when the target `t` (of campaign `c`) counts in the roll-up of the campaign at `path` (see
 * RollupGroup.counted): its campaign is not withdrawn, and its unit is neither a target of the
 * board's campaign nor of an active cascade before `c` (shallower, or as deep and earlier by path).
 */
function countedOnce(path: string, campaignId: string) {
  return sql<number>`CASE WHEN c.status = 'withdrawn' THEN 0
    WHEN EXISTS (SELECT 1 FROM campaign_targets own WHERE own.campaign_id = ${campaignId} AND own.unit_id = t.unit_id) THEN 0
    WHEN EXISTS (SELECT 1 FROM campaign_targets t2 INNER JOIN campaigns c2 ON c2.id = t2.campaign_id
      WHERE t2.unit_id = t.unit_id AND c2.id <> c.id AND c2.path LIKE ${`${path}%`} AND c2.status <> 'withdrawn'
        AND (CHAR_LENGTH(c2.path) < CHAR_LENGTH(c.path) OR (CHAR_LENGTH(c2.path) = CHAR_LENGTH(c.path) AND c2.path < c.path)))
      THEN 0
    ELSE 1 END`;
}

/** The unit's path without its one trailing slash. */
const trimmed = sql`IF(RIGHT(u.path, 1) = '/', LEFT(u.path, CHAR_LENGTH(u.path) - 1), u.path)`;

/** Whether an instant is within its target's due day, China time (null: no instant). */
function inByDueDay(column: 'r.submitted_at' | 'rc.created_at') {
  return sql<number | null>`CASE WHEN ${sql.ref(column)} IS NULL THEN NULL
    WHEN ${sql.ref(column)} < TIMESTAMPADD(MINUTE, ${sql.lit(DUE_DAY_ENDS_AFTER_MINUTES)}, t.due_date) THEN 1 ELSE 0 END`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function flag(value: number | string | null): boolean | null {
  return value === null ? null : Number(value) === 1;
}
