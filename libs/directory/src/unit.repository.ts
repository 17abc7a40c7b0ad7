import { Injectable } from '@nestjs/common';
import { sql, type InferResult } from 'kysely';
import { Database, type SqlBuilder } from '@app/persistence';

/** Units that report or receive; the last three came with the routing of 厅字〔2019〕28号 (migration UnitKinds). */
export const UNIT_KINDS = [
  'government',
  'department',
  'justice_bureau',
  'other',
  'party_committee',
  'congress_standing_committee',
  'rule_of_law_office',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** Separation of duties in a unit's review chain; null follows the DUTY_SEPARATION setting. */
export const DUTY_SEPARATION_SETTINGS = ['enforced', 'relaxed'] as const;
export type DutySeparationSetting = (typeof DUTY_SEPARATION_SETTINGS)[number];

export interface Unit {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  divisionCode: string | null;
  demonstrationArea: boolean;
  /** The unit whose staff run this one: the 司法局 housing a 依法治X办; null for every other unit. */
  housedInUnitId: string | null;
  /**
   * The body that deliberates its report (党组会议 …); null or absent: the default for its kind
   * (deliberationBodyOf). Optional so units built by hand (tests, imports) need not name it.
   */
  deliberationBody?: string | null;
  /** The review path (workflow definition id) the unit chose; null or absent: the campaign's. */
  reviewChain?: string | null;
  createdAt: Date;
}

export interface NewUnit {
  id: string;
  parentId: string | null;
  /** The parent's path; null for a root. */
  parentPath: string | null;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  divisionCode: string | null;
  demonstrationArea: boolean;
  housedInUnitId: string | null;
  /** null when loaded by a script (the demo seed) rather than by an administrator. */
  createdBy: string | null;
  now: Date;
}

const COLUMNS = [
  'id',
  'parent_id',
  'path',
  'depth',
  'name',
  'kind',
  'level',
  'division_code',
  'demonstration_area',
  'housed_in_unit_id',
  'deliberation_body',
  'review_chain',
  'created_at',
] as const;

/** The unit columns for a JOIN, each as `<prefix><column>`: read back with unitFromPrefixedRow. */
export function unitColumnsAs(alias: string, prefix: string): string {
  return COLUMNS.map((column) => `${alias}.${column} AS ${prefix}${column}`).join(', ');
}

/** A unit from a row that also holds other tables' columns (see unitColumnsAs). */
export function unitFromPrefixedRow(row: Record<string, unknown>, prefix: string): Unit {
  const own = Object.fromEntries(COLUMNS.map((column) => [column, row[`${prefix}${column}`]]));
  return toUnit(own as unknown as UnitRow);
}

/** The columns a Unit is made of, for another area's repository that reads units its own way. */
export const selectUnits = (sql: SqlBuilder) => sql.selectFrom('units').select(COLUMNS);
export type UnitRow = InferResult<ReturnType<typeof selectUnits>>[number];

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parent_id,
    path: row.path,
    depth: row.depth,
    name: row.name,
    kind: row.kind,
    level: row.level,
    divisionCode: row.division_code,
    demonstrationArea: Boolean(row.demonstration_area),
    // `?? null`: a JOIN that lists its unit columns by hand (report.repository) may leave it out.
    housedInUnitId: row.housed_in_unit_id ?? null,
    deliberationBody: row.deliberation_body,
    reviewChain: row.review_chain,
    createdAt: row.created_at,
  };
}

/** Units as a materialised path: a subtree is one range scan on the path index, never a recursive walk. */
@Injectable()
export class UnitRepository {
  constructor(private readonly db: Database) {}

  async findById(id: string): Promise<Unit | null> {
    const row = await this.db.row(selectUnits(this.db.sql).where('id', '=', id));
    return row ? toUnit(row) : null;
  }

  async findByIds(ids: string[]): Promise<Unit[]> {
    if (ids.length === 0) return [];
    return (await this.db.rows(selectUnits(this.db.sql).where('id', 'in', ids))).map(toUnit);
  }

  /**
   * The units that would stand for the same body as a new one: of `kind`, with this division code
   * (when given), or under this parent (a place's 党委 and 人大常委会 sit under its government).
   */
  async findSameBody(query: {
    kind: UnitKind;
    divisionCode: string | null;
    parentIds: string[];
  }): Promise<Unit[]> {
    if (!query.divisionCode && query.parentIds.length === 0) return [];
    const code = query.divisionCode ? fullDivisionCode(query.divisionCode) : null;
    const rows = await this.db.rows(
      selectUnits(this.db.sql)
        .where('kind', '=', query.kind)
        .where((eb) =>
          eb.or([
            ...(query.parentIds.length > 0 ? [eb('parent_id', 'in', query.parentIds)] : []),
            ...(code ? [eb(sql<string>`RPAD(division_code, 12, '0')`, '=', code)] : []),
          ]),
        ),
    );
    return rows.map(toUnit);
  }

  /** The government whose division code names the same place (written short or padded to 12 digits). */
  async findGovernmentByDivisionCode(divisionCode: string): Promise<Unit | null> {
    const row = await this.db.row(
      selectUnits(this.db.sql)
        .where('kind', '=', 'government')
        .where(sql<string>`RPAD(division_code, 12, '0')`, '=', fullDivisionCode(divisionCode))
        .limit(1),
    );
    return row ? toUnit(row) : null;
  }

  /** Every unit with this name (names repeat across the tree), for an import naming units by name. */
  async findByName(name: string): Promise<Unit[]> {
    return (await this.db.rows(selectUnits(this.db.sql).where('name', '=', name))).map(toUnit);
  }

  /** The unit of this name under a parent (null: among the roots); names are unique per parent. */
  async findChildByName(parentId: string | null, name: string): Promise<Unit | null> {
    const query = selectUnits(this.db.sql).where('name', '=', name);
    const row = await this.db.row(
      parentId === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parentId),
    );
    return row ? toUnit(row) : null;
  }

  /**
   * The root of this name, locked until the transaction ends: two seeds started together wait for
   * each other instead of both loading the tree.
   */
  async lockRootByName(name: string): Promise<Unit | null> {
    this.db.requireTransaction('Locking a root unit');
    const row = await this.db.row(
      selectUnits(this.db.sql).where('parent_id', 'is', null).where('name', '=', name).forUpdate(),
    );
    return row ? toUnit(row) : null;
  }

  /**
   * The unit, locked until the transaction ends: what is decided about its reports (one per year)
   * is decided by one request at a time.
   */
  async lockById(id: string): Promise<Unit | null> {
    this.db.requireTransaction('Locking a unit');
    const row = await this.db.row(selectUnits(this.db.sql).where('id', '=', id).forUpdate());
    return row ? toUnit(row) : null;
  }

  /** Every unit at or below the given path, ordered by path so parents come before children. */
  async findSubtree(path: string, filter: { kind?: UnitKind; level?: UnitLevel } = {}): Promise<Unit[]> {
    let query = selectUnits(this.db.sql).where('path', 'like', `${escapeLike(path)}%`);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.level) query = query.where('level', '=', filter.level);
    return (await this.db.rows(query.orderBy('path'))).map(toUnit);
  }

  /** The ancestors of a unit, root first (one query on the ids in its path). */
  async findAncestors(unit: Unit): Promise<Unit[]> {
    const ids = unit.path.split('/').filter(Boolean).slice(0, -1);
    const found = await this.findByIds(ids);
    return ids.map((id) => found.find((u) => u.id === id)!).filter(Boolean);
  }

  /**
   * What reportingLinesOf (routing.ts) needs around a unit: its ancestors, and the children of each
   * ancestor, of the unit itself and of the party committees among them (where the 依法治X办 sit).
   */
  async findRoutingNeighbourhood(unit: Unit): Promise<{ ancestors: Unit[]; around: Unit[] }> {
    const ancestors = await this.findAncestors(unit);
    const children = await this.findChildrenOf([...ancestors.map((u) => u.id), unit.id]);
    const partyCommittees = children.filter((u) => u.kind === 'party_committee').map((u) => u.id);
    return { ancestors, around: [...children, ...(await this.findChildrenOf(partyCommittees))] };
  }

  private async findChildrenOf(parentIds: string[]): Promise<Unit[]> {
    if (parentIds.length === 0) return [];
    return (await this.db.rows(selectUnits(this.db.sql).where('parent_id', 'in', parentIds))).map(toUnit);
  }

  async insert(unit: NewUnit): Promise<Unit> {
    const path = `${unit.parentPath ?? '/'}${unit.id}/`;
    const depth = path.split('/').filter(Boolean).length - 1;
    await this.db.write(
      this.db.sql.insertInto('units').values({
        id: unit.id,
        parent_id: unit.parentId,
        path,
        depth,
        name: unit.name,
        kind: unit.kind,
        level: unit.level,
        division_code: unit.divisionCode,
        demonstration_area: unit.demonstrationArea ? 1 : 0,
        housed_in_unit_id: unit.housedInUnitId,
        created_at: unit.now,
        created_by: unit.createdBy,
      }),
    );
    return {
      id: unit.id,
      parentId: unit.parentId,
      path,
      depth,
      name: unit.name,
      kind: unit.kind,
      level: unit.level,
      divisionCode: unit.divisionCode,
      demonstrationArea: unit.demonstrationArea,
      housedInUnitId: unit.housedInUnitId,
      deliberationBody: null,
      reviewChain: null,
      createdAt: unit.now,
    };
  }

  /**
   * Renames a unit if it still has the name the caller saw: false when someone renamed it meanwhile
   * (nothing is overwritten unseen). A name its parent already has fails on uq_units_parent_name.
   */
  async rename(unitId: string, from: string, to: string): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql.updateTable('units').set({ name: to }).where('id', '=', unitId).where('name', '=', from),
    );
    return result.affectedRows === 1;
  }

  /**
   * 全国法治政府建设示范地区: set on a government (the caller checks the kind). False when the flag
   * already stood so: a concurrent request changed it first.
   */
  async setDemonstrationArea(unitId: string, designated: boolean): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('units')
        .set({ demonstration_area: designated ? 1 : 0 })
        .where('id', '=', unitId)
        .where('demonstration_area', '=', designated ? 0 : 1),
    );
    return result.affectedRows === 1;
  }

  /** The chat-robot webhook reminders are also posted to; null clears it. */
  async setWebhookUrl(unitId: string, url: string | null): Promise<void> {
    await this.db.write(this.db.sql.updateTable('units').set({ webhook_url: url }).where('id', '=', unitId));
  }

  /** The unit's deliberating body (集体审议); null goes back to the default for its kind. */
  async setDeliberationBody(unitId: string, body: string | null): Promise<void> {
    await this.db.write(
      this.db.sql.updateTable('units').set({ deliberation_body: body }).where('id', '=', unitId),
    );
  }

  /** The review path the unit chose for its new reports; null follows the campaign's. */
  async setReviewChain(unitId: string, definitionId: string | null): Promise<void> {
    await this.db.write(
      this.db.sql.updateTable('units').set({ review_chain: definitionId }).where('id', '=', unitId),
    );
  }

  async setDutySeparation(unitId: string, setting: DutySeparationSetting | null): Promise<void> {
    await this.db.write(
      this.db.sql.updateTable('units').set({ duty_separation: setting }).where('id', '=', unitId),
    );
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A division code as its 12 digits: 659901, 65990100 and 659901000000 name the same county
 * (GB/T 2260 codes are written short or padded with zeros).
 */
export function fullDivisionCode(code: string): string {
  return code.padEnd(12, '0');
}
