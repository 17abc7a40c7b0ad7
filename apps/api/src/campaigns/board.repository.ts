import { Injectable } from '@nestjs/common';
import { CompiledQuery } from 'kysely';
import type { LocalDate } from '@app/calendar';
import { Database, type SqlBuilder } from '@app/persistence';
import type { Role } from '@app/workflow';
import { standingReceiptStatus, type ReceiptStatus } from '@app/reports';
import { leftItsUnit, returnsSeenByCampaign, stateSeenByCampaign } from './board-receipts';
import { dateText, nullableDateText } from './campaign.repository';

/** A target row as the board reads it (before regions and holders are added). */
export interface BoardFactsRow {
  campaignId: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  unitLevel: string;
  unitPath: string;
  /** The unit's own ancestry facts (calendar region, demonstration area), read with the row. */
  unitDivisionCode: string | null;
  unitDemonstrationArea: boolean;
  reportId: string;
  state: string;
  /** The report's review path (never changed once started): 内部流程不符合要求 is read from it. */
  workflowId: string;
  workflowVersion: number;
  receivingUnitId: string | null;
  /** The report's own unit (a joint report's 党委 row: the government's). */
  reportUnitId: string;
  /** A joint report's 党委, whose principal leader signs it off too. */
  coReportingUnitId: string | null;
  stageDueAt: Date | null;
  dueDate: LocalDate;
  originalDueDate: LocalDate;
  submittedAt: Date | null;
  returnCount: number;
  /** Revisions saved (0: nothing written yet). */
  currentRevision: number;
  pendingExtensionId: string | null;
  /** This campaign's receipt of the report (回执); null while not dispatched to it. */
  receipt: ReceiptStatus | null;
  /** The campaign was withdrawn: the row is its record of what was sent (board-receipts.ts). */
  campaignWithdrawn: boolean;
}

/** A campaign as one unit's history lists it. */
export interface HistoryCampaign {
  id: string;
  reportYear: number;
  title: string;
  documentNumber: string | null;
  status: string;
  issuingUnit: { id: string; name: string };
  /** The date the report is due to be public by (公开截止). */
  disclosureDate: LocalDate;
}

/** A campaign cascaded from the board's campaign, for the roll-up. */
export interface DescendantCampaign {
  id: string;
  parentId: string | null;
  path: string;
  title: string;
  documentNumber: string | null;
  status: string;
  dueDate: LocalDate | null;
  issuingUnit: { id: string; name: string };
}

/** Targets with their unit, report and pending extension: one row per target, no per-unit query. */
function selectFacts(db: SqlBuilder) {
  return db
    .selectFrom('campaign_targets as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .innerJoin('reports as r', 'r.id', 't.report_id')
    .leftJoin('extension_requests as e', (join) =>
      join.onRef('e.campaign_id', '=', 't.campaign_id').onRef('e.pending_guard', '=', 't.unit_id'),
    )
    .innerJoin('campaigns as bc', 'bc.id', 't.campaign_id')
    .leftJoin('report_receipts as rc', (join) =>
      join.onRef('rc.report_id', '=', 't.report_id').onRef('rc.campaign_id', '=', 't.campaign_id'),
    )
    .select([
      'bc.issuing_unit_id as campaign_issuer_id',
      'bc.status as campaign_status',
      standingReceiptStatus('rc').as('receipt_status'),
      'rc.created_at as receipt_created_at',
      'rc.return_count as receipt_return_count',
    ])
    .select([
      't.campaign_id',
      't.unit_id',
      'u.name as unit_name',
      'u.kind as unit_kind',
      'u.level as unit_level',
      'u.path as unit_path',
      'u.division_code as unit_division_code',
      'u.demonstration_area as unit_demonstration_area',
      'r.id as report_id',
      'r.state',
      'r.workflow_id',
      'r.workflow_version',
      'r.unit_id as report_unit_id',
      'r.receiving_unit_id',
      'r.co_reporting_unit_id',
      'r.stage_due_at',
      dateText('t.due_date').as('due_date'),
      dateText('t.original_due_date').as('original_due_date'),
      'r.submitted_at',
      'r.return_count',
      'r.current_revision',
      'e.id as pending_extension_id',
    ]);
}

/**
 * Whether a report was dispatched to any campaign (receipts exist) is read apart, for all the rows
 * at once: as a dependent EXISTS per row in the targets query it took MariaDB 100-300 ms for 3,000
 * targets at load 9 (the query without it: 20-60 ms), even with no receipt in the table.
 */
function toFacts(receipted: ReadonlySet<string>) {
  // This campaign's receipt is one: only a report without it needs the set.
  return (r: FactsSqlRow) => factsOf(r, r.receipt_status !== null || receipted.has(r.report_id));
}

interface FactsSqlRow {
  campaign_id: string;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  unit_level: string;
  unit_path: string;
  unit_division_code: string | null;
  unit_demonstration_area: number;
  report_id: string;
  state: string;
  workflow_id: string;
  workflow_version: number;
  report_unit_id: string;
  receiving_unit_id: string | null;
  co_reporting_unit_id: string | null;
  stage_due_at: Date | null;
  due_date: LocalDate;
  original_due_date: LocalDate;
  submitted_at: Date | null;
  return_count: number;
  current_revision: number;
  pending_extension_id: string | null;
  campaign_issuer_id: string;
  campaign_status: string;
  receipt_status: ReceiptStatus | null;
  receipt_created_at: Date | null;
  receipt_return_count: number | null;
}

function factsOf(r: FactsSqlRow, hasReceipts: boolean): BoardFactsRow {
  const campaignWithdrawn = r.campaign_status === 'withdrawn';
  // Each campaign's board shows its own receipt, not the report's state (board-receipts.ts).
  const seen = stateSeenByCampaign({
    state: r.state,
    leftUnit: leftItsUnit(r.workflow_id, Number(r.workflow_version), r.state),
    submittedAt: r.submitted_at,
    receiptStatus: r.receipt_status,
    receiptCreatedAt: r.receipt_created_at,
    hasReceipts,
    campaignWithdrawn,
  });
  return {
    campaignId: r.campaign_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    unitKind: r.unit_kind,
    unitLevel: r.unit_level,
    unitPath: r.unit_path,
    unitDivisionCode: r.unit_division_code,
    unitDemonstrationArea: Boolean(r.unit_demonstration_area),
    reportId: r.report_id,
    state: seen.state,
    workflowId: r.workflow_id,
    workflowVersion: Number(r.workflow_version),
    // The campaign's issuer receives on its board (one report may answer several campaigns).
    receivingUnitId: r.campaign_issuer_id,
    reportUnitId: r.report_unit_id,
    coReportingUnitId: r.co_reporting_unit_id,
    // A withdrawn campaign's board says nothing of the report's later stages (board-receipts.ts).
    stageDueAt: campaignWithdrawn ? null : r.stage_due_at,
    dueDate: r.due_date,
    originalDueDate: r.original_due_date,
    submittedAt: seen.submittedAt,
    returnCount: returnsSeenByCampaign({
      hasReceipts,
      receiptReturnCount: r.receipt_return_count === null ? null : Number(r.receipt_return_count),
      reportReturnCount: Number(r.return_count),
      submittedAt: r.submitted_at,
    }),
    currentRevision: Number(r.current_revision),
    pendingExtensionId: r.pending_extension_id,
    receipt: r.receipt_status,
    campaignWithdrawn,
  };
}

/** Names in the order a Chinese reader expects (pinyin). */
const PINYIN = new Intl.Collator('zh-CN');

/**
 * The board's reads: a constant number of queries whatever the number of units (targets with
 * their reports, the people holding the acting roles, the cascaded campaigns' targets).
 */
@Injectable()
// The board, its roll-up and a unit's history state when they were generated: their reads tolerate a
// replica's lag (db.lagTolerant); the holders' names stay on the primary (a role just granted shows).
export class BoardRepository {
  constructor(private readonly db: Database) {}

  /** Every target of one campaign with its report, in tree order. */
  async targets(campaignId: string): Promise<BoardFactsRow[]> {
    const rows = await this.db.lagTolerant.rows(
      selectFacts(this.db.sql).where('t.campaign_id', '=', campaignId).orderBy('u.path'),
    );
    const receipted = await this.receipted({ campaignId });
    return rows.map(toFacts(receipted));
  }

  /** The reports among some targets (one campaign's, one unit's, or a cascade's) that have any receipt. */
  private async receipted(
    targets: { campaignId: string } | { unitId: string } | { path: string; except: string },
  ): Promise<Set<string>> {
    const query = this.db.sql
      .selectFrom('campaign_targets as t')
      .innerJoin('report_receipts as any_rc', 'any_rc.report_id', 't.report_id')
      .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
      .select('t.report_id')
      .distinct();
    const rows = await this.db.lagTolerant.rows(
      'campaignId' in targets
        ? query.where('t.campaign_id', '=', targets.campaignId)
        : 'unitId' in targets
          ? query.where('t.unit_id', '=', targets.unitId)
          : query.where('c.path', 'like', `${targets.path}%`).where('c.id', '<>', targets.except),
    );
    return new Set(rows.map((r) => r.report_id));
  }

  /** Targets of every campaign cascaded from the one at `path` (any depth), for the roll-up. */
  async descendantTargets(path: string, campaignId: string): Promise<BoardFactsRow[]> {
    const rows = await this.db.lagTolerant.rows(
      selectFacts(this.db.sql)
        .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
        .where('c.path', 'like', `${path}%`)
        .where('c.id', '<>', campaignId)
        .orderBy('c.path')
        .orderBy('u.path'),
    );
    const receipted = await this.receipted({ path, except: campaignId });
    return rows.map(toFacts(receipted));
  }

  /** Campaigns cascaded from the one at `path` (any depth) with their issuing units. */
  async descendants(path: string, campaignId: string): Promise<DescendantCampaign[]> {
    const rows = await this.db.lagTolerant.rows(
      this.db.sql
        .selectFrom('campaigns as c')
        .innerJoin('units as iu', 'iu.id', 'c.issuing_unit_id')
        .select([
          'c.id',
          'c.parent_id',
          'c.path',
          'c.title',
          'c.document_number',
          'c.status',
          nullableDateText('c.due_date').as('due_date'),
          'c.issuing_unit_id',
          'iu.name as issuing_unit_name',
        ])
        .where('c.path', 'like', `${path}%`)
        .where('c.id', '<>', campaignId)
        .orderBy('c.path'),
    );
    return rows.map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      path: r.path,
      title: r.title,
      documentNumber: r.document_number,
      status: r.status,
      dueDate: r.due_date,
      issuingUnit: { id: r.issuing_unit_id, name: r.issuing_unit_name },
    }));
  }

  /**
   * Display names of the active users holding each needed role in each needed unit (办理人), keyed
   * `unit|role`, sorted: one query, one branch per role.
   */
  async holderNames(needed: ReadonlyMap<Role, ReadonlySet<string>>): Promise<Map<string, string[]>> {
    const branches = [...needed]
      .filter(([, units]) => units.size > 0)
      .map(([role, units]) =>
        this.db.sql
          .selectFrom('user_roles as ur')
          .innerJoin('users as us', (join) => join.onRef('us.id', '=', 'ur.user_id').on('us.active', '=', 1))
          .select(['ur.unit_id', 'ur.role', 'us.display_name'])
          .where('ur.role', '=', role)
          .where('ur.unit_id', 'in', [...units]),
      );
    if (branches.length === 0) return new Map();
    const [first, ...rest] = branches;
    const rows = await this.db.rows(rest.reduce((union, branch) => union.unionAll(branch), first));
    const names = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = `${row.unit_id}|${row.role}`;
      names.set(key, (names.get(key) ?? new Set<string>()).add(row.display_name));
    }
    return new Map([...names].map(([key, set]) => [key, [...set].sort(PINYIN.compare)]));
  }

  /** One unit's campaign reports across years (did it submit on time in 2021, 2022, 2023?). */
  async unitHistory(unitId: string): Promise<{ facts: BoardFactsRow[]; campaigns: HistoryCampaign[] }> {
    const rows = await this.db.lagTolerant.rows(
      selectFacts(this.db.sql)
        .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
        .where('t.unit_id', '=', unitId)
        .orderBy('c.report_year', 'desc')
        .orderBy('c.created_at', 'desc'),
    );
    if (rows.length === 0) return { facts: [], campaigns: [] };
    const receipted = await this.receipted({ unitId });
    const campaigns = await this.db.lagTolerant.rows(
      this.db.sql
        .selectFrom('campaigns as c')
        .innerJoin('units as iu', 'iu.id', 'c.issuing_unit_id')
        .select([
          'c.id',
          'c.report_year',
          'c.title',
          'c.document_number',
          'c.status',
          'c.issuing_unit_id',
          'iu.name as issuing_unit_name',
          dateText('c.disclosure_date').as('disclosure_date'),
        ])
        .where('c.id', 'in', [...new Set(rows.map((r) => r.campaign_id))]),
    );
    return {
      facts: rows.map(toFacts(receipted)),
      campaigns: campaigns.map((c) => ({
        id: c.id,
        reportYear: Number(c.report_year),
        title: c.title,
        documentNumber: c.document_number,
        status: c.status,
        issuingUnit: { id: c.issuing_unit_id, name: c.issuing_unit_name },
        disclosureDate: c.disclosure_date,
      })),
    };
  }
}

/**
 * One row's contribution to a fingerprint: the first 64 bits of the MD5 of its columns, each
 * QUOTE()d (a NULL is the bare word NULL, a string is quoted and escaped, so no two different rows
 * give the same text). Summed over the rows, with their count: the order rows come in does not
 * matter, and any change of a row changes the sum unless the new row's 64 bits happen to differ from
 * the old one's by exactly what another change made up for. For unrelated changes that is a chance
 * of about 2^-64 per read (a billion reads a day for 500 years make it about 1 in 10^2); a caller
 * who chooses the text of a name would need a second preimage of 64 bits of MD5, not CRC32, which
 * can be forged by hand. SUM of BIGINT UNSIGNED is exact in MariaDB (a DECIMAL).
 */
function digest(columns: readonly string[]): string {
  const text = `CONCAT_WS(',', ${columns.map((c) => `QUOTE(${c})`).join(', ')})`;
  return `CONCAT(COUNT(*), '.', COALESCE(SUM(CAST(CONV(LEFT(MD5(${text}), 16), 16, 10) AS UNSIGNED)), 0))`;
}

/**
 * What the board reads, mirrored part by part for its fingerprint (BoardAnswers, board-cache/): a
 * developer who adds a column to one of the board's reads adds it here too, or the cached board
 * would not change when that column does. Each part names the read it mirrors; every part is a
 * superset of it (more rows or columns only make the cache miss more often, never serve stale).
 */
const FINGERPRINT_PARTS = {
  // CampaignAccess.forBoard (the campaign and its issuer), ScoringRuleRepository.find, chain rules.
  campaign: `SELECT ${digest([
    'c.id',
    'c.parent_id',
    'c.path',
    'c.issuing_unit_id',
    'c.report_year',
    'c.title',
    'c.document_number',
    'c.workflow_id',
    'c.workflow_version',
    'c.due_date',
    'c.disclosure_date',
    'c.status',
    'c.withdrawn_at',
    'c.stage_limits',
    'c.scoring_rule',
    'c.scoring_rule_version',
    'c.chain_rules',
    'c.updated_at',
    'iu.name',
    'iu.path',
    'iu.kind',
    'iu.level',
  ])} FROM campaigns c JOIN units iu ON iu.id = c.issuing_unit_id WHERE c.id = ?`,
  // selectFacts + targets() for the own targets, with the publication (DisclosureRepository.findMany)
  // and the revision this campaign received (SubmittedSectionsRepository: revisions are never
  // updated, so its content hash stands for the texts MissingItems reads).
  targets: `SELECT ${digest([
    't.unit_id',
    't.report_id',
    't.due_date',
    't.original_due_date',
    'u.name',
    'u.kind',
    'u.level',
    'u.path',
    'u.division_code',
    'u.demonstration_area',
    'r.state',
    'r.workflow_id',
    'r.workflow_version',
    'r.co_reporting_unit_id',
    'r.stage_due_at',
    'r.submitted_at',
    'r.return_count',
    'r.current_revision',
    'e.id',
    'rc.status',
    'rc.dispatch_withdrawn_at',
    'rc.created_at',
    'rc.return_count',
    'rc.revision',
    'd.version',
    'd.status',
    'd.published_on',
    'd.url',
    'v.content_hash',
  ])} FROM campaign_targets t
    JOIN units u ON u.id = t.unit_id
    JOIN reports r ON r.id = t.report_id
    LEFT JOIN extension_requests e ON e.campaign_id = t.campaign_id AND e.pending_guard = t.unit_id
    LEFT JOIN report_receipts rc ON rc.report_id = t.report_id AND rc.campaign_id = t.campaign_id
    LEFT JOIN report_disclosures d ON d.report_id = t.report_id
    LEFT JOIN report_revisions v ON v.report_id = r.id AND v.number = COALESCE(rc.revision, r.current_revision)
    WHERE t.campaign_id = ?`,
  // receipted(): any receipt of a report targeted by this campaign or one cascaded from it.
  receipts: `SELECT ${digest(['any_rc.report_id', 'any_rc.campaign_id'])} FROM campaign_targets t
    JOIN campaigns c ON c.id = t.campaign_id
    JOIN report_receipts any_rc ON any_rc.report_id = t.report_id
    WHERE c.path LIKE ?`,
  // FindingRepository.countsForCampaign (the 待整改 filter).
  findings: `SELECT ${digest(['f.id', 'f.report_id', 'f.status', 'f.due_on', 'f.version'])}
    FROM report_findings f WHERE f.campaign_id = ?`,
  // holderNames(): every role holder of a unit that may act on a row (the target unit, the report's
  // own unit and a joint report's 党委, the issuer receiving), and their names and whether they are active.
  holders: `SELECT ${digest(['ur.unit_id', 'ur.role', 'ur.user_id', 'us.display_name', 'us.active'])}
    FROM (SELECT t.unit_id FROM campaign_targets t WHERE t.campaign_id = ?
      UNION SELECT joint.id FROM campaign_targets t JOIN reports r ON r.id = t.report_id
        JOIN units joint ON joint.id IN (r.co_reporting_unit_id, r.unit_id)
        WHERE t.campaign_id = ?
      UNION SELECT c.issuing_unit_id FROM campaigns c WHERE c.id = ?) acting
    JOIN user_roles ur ON ur.unit_id = acting.unit_id
    JOIN users us ON us.id = ur.user_id`,
  // CampaignUnitsRepository.factsOf: the units above every target (own and cascaded), whose division
  // codes give the calendar regions (the recursive walk `above`, see fingerprint()).
  ancestors: `SELECT ${digest(['a.id', 'a.path', 'a.kind', 'a.division_code', 'a.demonstration_area'])}
    FROM (SELECT DISTINCT id FROM above) x JOIN units a ON a.id = x.id`,
  // descendants(): the cascaded campaigns and their issuers.
  cascade: `SELECT ${digest([
    'c.id',
    'c.parent_id',
    'c.path',
    'c.title',
    'c.document_number',
    'c.status',
    'c.due_date',
    'c.issuing_unit_id',
    'iu.name',
  ])} FROM campaigns c JOIN units iu ON iu.id = c.issuing_unit_id WHERE c.path LIKE ? AND c.id <> ?`,
  // BoardRollupRepository.groups: the cascaded targets, what their groups are made of.
  cascadedTargets: `SELECT ${digest([
    't.campaign_id',
    't.report_id',
    't.due_date',
    'u.path',
    'u.division_code',
    'r.state',
    'r.workflow_id',
    'r.workflow_version',
    'r.submitted_at',
    'rc.status',
    'rc.dispatch_withdrawn_at',
    'rc.created_at',
  ])} FROM campaign_targets t
    JOIN campaigns c ON c.id = t.campaign_id
    JOIN units u ON u.id = t.unit_id
    JOIN reports r ON r.id = t.report_id
    LEFT JOIN report_receipts rc ON rc.report_id = t.report_id AND rc.campaign_id = t.campaign_id
    WHERE c.path LIKE ? AND c.id <> ?`,
  // StageClock.calendar: the entered schedules (CalendarScheduleRepository.version, and a count).
  calendar: `SELECT CONCAT(COUNT(*), '.', COALESCE(MAX(s.id), 0)) FROM calendar_schedules s`,
  // UrgeRepository.summaries: 最近催办 and the count per report (presses are never changed, only added).
  urges: `SELECT ${digest(['m.id', 'm.unit_id', 'm.created_at'])} FROM campaign_urges m WHERE m.campaign_id = ?`,
} as const;

/** The units above the targets of a campaign and its cascade, walked up by parent_id. */
const ABOVE = `WITH RECURSIVE above (id) AS (
    SELECT u.parent_id FROM campaign_targets t
      JOIN campaigns c ON c.id = t.campaign_id
      JOIN units u ON u.id = t.unit_id
      WHERE c.path LIKE ? AND u.parent_id IS NOT NULL
    UNION
    SELECT p.parent_id FROM above JOIN units p ON p.id = above.id WHERE p.parent_id IS NOT NULL)`;

const FINGERPRINT_SQL = `${ABOVE} SELECT CONCAT_WS(':', ${Object.values(FINGERPRINT_PARTS)
  .map((part) => `(${part})`)
  .join(', ')}) AS fingerprint`;

/**
 * Every table the fingerprint reads, hence every table the board reads: a write to one of them may
 * change a board (TableEpochs tells the board cache; board-answers.ts).
 */
export const FINGERPRINT_TABLES: readonly string[] = [
  ...new Set([...FINGERPRINT_SQL.matchAll(/\b(?:FROM|JOIN)\s+(\w+)/gi)].map((m) => m[1])),
].filter((table) => table !== 'above');

/** The parameters of FINGERPRINT_SQL, in the order its placeholders come. */
function fingerprintParameters(campaign: { id: string; path: string }): unknown[] {
  const below = `${campaign.path}%`;
  return [
    below, // above
    campaign.id, // campaign
    campaign.id, // targets
    below, // receipts
    campaign.id, // findings
    campaign.id,
    campaign.id,
    campaign.id, // holders
    below,
    campaign.id, // cascade
    below,
    campaign.id, // cascaded targets
    campaign.id, // urges
  ];
}

/**
 * The board's fingerprint (board-cache/board-answers.ts): one round trip, an aggregate per read of
 * the board (FINGERPRINT_PARTS). Read like the board's own reads (db.lagTolerant), so a board built
 * after it is never older than it on the same server.
 */
@Injectable()
export class BoardFingerprintRepository {
  constructor(private readonly db: Database) {}

  async of(campaign: { id: string; path: string }): Promise<string> {
    const row = await this.db.lagTolerant.row(
      CompiledQuery.raw(FINGERPRINT_SQL, fingerprintParameters(campaign)) as CompiledQuery<{
        fingerprint: string;
      }>,
    );
    return row?.fingerprint ?? '';
  }
}
