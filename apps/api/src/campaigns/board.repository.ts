import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LocalDate } from '@app/calendar';
import type { Role } from '@app/workflow';

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
  workflowId: string;
  workflowVersion: number;
  receivingUnitId: string | null;
  stageDueAt: Date | null;
  dueDate: LocalDate;
  originalDueDate: LocalDate;
  submittedAt: Date | null;
  returnCount: number;
  pendingExtensionId: string | null;
}

const SELECT_FACTS = `SELECT t.campaign_id, t.unit_id, u.name AS unit_name, u.kind AS unit_kind, u.level AS unit_level,
    u.path AS unit_path, u.division_code AS unit_division_code, u.demonstration_area AS unit_demonstration_area, r.id AS report_id, r.state, r.workflow_id, r.workflow_version, r.receiving_unit_id,
    r.stage_due_at, DATE_FORMAT(t.due_date, '%Y-%m-%d') AS due_date,
    DATE_FORMAT(t.original_due_date, '%Y-%m-%d') AS original_due_date, r.submitted_at, r.return_count,
    e.id AS pending_extension_id
  FROM campaign_targets t
  JOIN units u ON u.id = t.unit_id
  JOIN reports r ON r.id = t.report_id
  LEFT JOIN extension_requests e ON e.campaign_id = t.campaign_id AND e.pending_guard = t.unit_id`;

function toFacts(r: Record<string, unknown>): BoardFactsRow {
  return {
    campaignId: r.campaign_id as string,
    unitId: r.unit_id as string,
    unitName: r.unit_name as string,
    unitKind: r.unit_kind as string,
    unitLevel: r.unit_level as string,
    unitPath: r.unit_path as string,
    unitDivisionCode: (r.unit_division_code as string | null) ?? null,
    unitDemonstrationArea: Boolean(r.unit_demonstration_area),
    reportId: r.report_id as string,
    state: r.state as string,
    workflowId: r.workflow_id as string,
    workflowVersion: Number(r.workflow_version),
    receivingUnitId: (r.receiving_unit_id as string | null) ?? null,
    stageDueAt: (r.stage_due_at as Date | null) ?? null,
    dueDate: r.due_date as LocalDate,
    originalDueDate: r.original_due_date as LocalDate,
    submittedAt: (r.submitted_at as Date | null) ?? null,
    returnCount: Number(r.return_count),
    pendingExtensionId: (r.pending_extension_id as string | null) ?? null,
  };
}

/** Names in the order a Chinese reader expects (pinyin). */
const PINYIN = new Intl.Collator('zh-CN');

/**
 * The board's reads: a constant number of queries whatever the number of units (targets with
 * their reports, the people holding the acting roles, the cascaded campaigns' targets).
 */
@Injectable()
export class BoardRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every target of one campaign with its report, in tree order. */
  async targets(campaignId: string): Promise<BoardFactsRow[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `${SELECT_FACTS} WHERE t.campaign_id = ? ORDER BY u.path`,
      [campaignId],
    );
    return rows.map(toFacts);
  }

  /** Targets of every campaign cascaded from the one at `path` (any depth), for the roll-up. */
  async descendantTargets(path: string, campaignId: string): Promise<BoardFactsRow[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `${SELECT_FACTS} JOIN campaigns c ON c.id = t.campaign_id
        WHERE c.path LIKE ? AND c.id <> ? ORDER BY c.path, u.path`,
      [`${path}%`, campaignId],
    );
    return rows.map(toFacts);
  }

  /** Campaigns cascaded from the one at `path` (any depth) with their issuing units. */
  async descendants(path: string, campaignId: string) {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT c.id, c.parent_id, c.path, c.title, c.document_number, c.status,
              DATE_FORMAT(c.due_date, '%Y-%m-%d') AS due_date, c.issuing_unit_id, iu.name AS issuing_unit_name
         FROM campaigns c JOIN units iu ON iu.id = c.issuing_unit_id
        WHERE c.path LIKE ? AND c.id <> ? ORDER BY c.path`,
      [`${path}%`, campaignId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      parentId: r.parent_id as string,
      path: r.path as string,
      title: r.title as string,
      documentNumber: (r.document_number as string | null) ?? null,
      status: r.status as string,
      dueDate: (r.due_date as LocalDate | null) ?? null,
      issuingUnit: { id: r.issuing_unit_id as string, name: r.issuing_unit_name as string },
    }));
  }

  /**
   * Display names of the active users holding each needed role in each needed unit (办理人), keyed
   * `unit|role`, sorted: one query, one branch per role.
   */
  async holderNames(needed: ReadonlyMap<Role, ReadonlySet<string>>): Promise<Map<string, string[]>> {
    const branches = [...needed].filter(([, units]) => units.size > 0);
    if (branches.length === 0) return new Map();
    const rows: Array<{ unit_id: string; role: Role; display_name: string }> = await this.dataSource.query(
      branches
        .map(
          () => `SELECT ur.unit_id, ur.role, us.display_name FROM user_roles ur
                   JOIN users us ON us.id = ur.user_id AND us.active = 1
                  WHERE ur.role = ? AND ur.unit_id IN (?)`,
        )
        .join(' UNION ALL '),
      branches.flatMap(([role, units]) => [role, [...units]]),
    );
    const names = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = `${row.unit_id}|${row.role}`;
      names.set(key, (names.get(key) ?? new Set<string>()).add(row.display_name));
    }
    return new Map([...names].map(([key, set]) => [key, [...set].sort(PINYIN.compare)]));
  }

  /** One unit's campaign reports across years (did it submit on time in 2021, 2022, 2023?). */
  async unitHistory(unitId: string) {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `${SELECT_FACTS} JOIN campaigns c ON c.id = t.campaign_id
        WHERE t.unit_id = ? ORDER BY c.report_year DESC, c.created_at DESC`,
      [unitId],
    );
    const campaigns: Array<Record<string, unknown>> = rows.length
      ? await this.dataSource.query(
          `SELECT c.id, c.report_year, c.title, c.document_number, c.status, c.issuing_unit_id, iu.name AS issuing_unit_name
             FROM campaigns c JOIN units iu ON iu.id = c.issuing_unit_id WHERE c.id IN (?)`,
          [[...new Set(rows.map((r) => r.campaign_id as string))]],
        )
      : [];
    return { facts: rows.map(toFacts), campaigns };
  }
}
