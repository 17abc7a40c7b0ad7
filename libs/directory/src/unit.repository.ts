import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export const UNIT_KINDS = ['government', 'department', 'justice_bureau', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

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
  createdAt: Date;
}

interface UnitRow {
  id: string;
  parent_id: string | null;
  path: string;
  depth: number;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  division_code: string | null;
  demonstration_area: number;
  created_at: Date;
}

const COLUMNS =
  'id, parent_id, path, depth, name, kind, level, division_code, demonstration_area, created_at';

/** The unit columns for a JOIN, each as `<prefix><column>`: read back with unitFromPrefixedRow. */
export function unitColumnsAs(alias: string, prefix: string): string {
  return COLUMNS.split(', ')
    .map((column) => `${alias}.${column} AS ${prefix}${column}`)
    .join(', ');
}

/** A unit from a row that also holds other tables' columns (see unitColumnsAs). */
export function unitFromPrefixedRow(row: Record<string, unknown>, prefix: string): Unit {
  const own = Object.fromEntries(COLUMNS.split(', ').map((column) => [column, row[`${prefix}${column}`]]));
  return toUnit(own as unknown as UnitRow);
}

function toUnit(row: UnitRow): Unit {
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
    createdAt: row.created_at,
  };
}

/** Units as a materialised path: a subtree is one range scan on the path index, never a recursive walk. */
@Injectable()
export class UnitRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Unit | null> {
    const rows: UnitRow[] = await manager.query(`SELECT ${COLUMNS} FROM units WHERE id = ?`, [id]);
    return rows[0] ? toUnit(rows[0]) : null;
  }

  async findByIds(ids: string[]): Promise<Unit[]> {
    if (ids.length === 0) return [];
    const rows: UnitRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM units WHERE id IN (?)`, [
      ids,
    ]);
    return rows.map(toUnit);
  }

  /** Every unit at or below the given path, ordered by path so parents come before children. */
  async findSubtree(path: string, filter: { kind?: UnitKind; level?: UnitLevel } = {}): Promise<Unit[]> {
    const where = ['path LIKE ?'];
    const params: unknown[] = [`${escapeLike(path)}%`];
    if (filter.kind) {
      where.push('kind = ?');
      params.push(filter.kind);
    }
    if (filter.level) {
      where.push('level = ?');
      params.push(filter.level);
    }
    const rows: UnitRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM units WHERE ${where.join(' AND ')} ORDER BY path`,
      params,
    );
    return rows.map(toUnit);
  }

  /** The ancestors of a unit, root first (one query on the ids in its path). */
  async findAncestors(unit: Unit): Promise<Unit[]> {
    const ids = unit.path.split('/').filter(Boolean).slice(0, -1);
    const found = await this.findByIds(ids);
    return ids.map((id) => found.find((u) => u.id === id)!).filter(Boolean);
  }

  async insert(
    unit: Omit<Unit, 'path' | 'depth' | 'createdAt'> & { parentPath: string | null },
    createdBy: string | null,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Unit> {
    const path = `${unit.parentPath ?? '/'}${unit.id}/`;
    const depth = path.split('/').filter(Boolean).length - 1;
    await manager.query(
      `INSERT INTO units (id, parent_id, path, depth, name, kind, level, division_code, demonstration_area, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        unit.id,
        unit.parentId,
        path,
        depth,
        unit.name,
        unit.kind,
        unit.level,
        unit.divisionCode,
        unit.demonstrationArea ? 1 : 0,
        now,
        createdBy,
      ],
    );
    return { ...unit, path, depth, createdAt: now };
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
