import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike, type Unit, type UnitKind, type UnitLevel } from '@app/directory';
import type { AncestorFacts } from './unit-regions';

const UNIT_COLUMNS =
  'id, parent_id, path, depth, name, kind, level, division_code, demonstration_area, created_at';

function toUnit(r: Record<string, unknown>): Unit {
  return {
    id: r.id as string,
    parentId: (r.parent_id as string | null) ?? null,
    path: r.path as string,
    depth: Number(r.depth),
    name: r.name as string,
    kind: r.kind as UnitKind,
    level: r.level as UnitLevel,
    divisionCode: (r.division_code as string | null) ?? null,
    demonstrationArea: Boolean(r.demonstration_area),
    createdAt: r.created_at as Date,
  };
}

export interface UnitSelector {
  kinds?: UnitKind[];
  levels?: UnitLevel[];
  nameContains?: string;
}

/** The unit reads a campaign needs, each one query whatever the number of units. */
@Injectable()
export class CampaignUnitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Unit[]> {
    if (ids.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${UNIT_COLUMNS} FROM units WHERE id IN (?) ORDER BY path`,
      [ids],
    );
    return rows.map(toUnit);
  }

  /** Units strictly below `issuer` matching every given criterion (e.g. county-level departments named 交通运输局). */
  async selectBelow(issuer: { id: string; path: string }, selector: UnitSelector): Promise<Unit[]> {
    const where = ['path LIKE ?', 'id <> ?'];
    const params: unknown[] = [`${escapeLike(issuer.path)}%`, issuer.id];
    if (selector.kinds?.length) {
      where.push('kind IN (?)');
      params.push(selector.kinds);
    }
    if (selector.levels?.length) {
      where.push('level IN (?)');
      params.push(selector.levels);
    }
    if (selector.nameContains) {
      where.push('name LIKE ?');
      params.push(`%${escapeLike(selector.nameContains)}%`);
    }
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${UNIT_COLUMNS} FROM units WHERE ${where.join(' AND ')} ORDER BY path`,
      params,
    );
    return rows.map(toUnit);
  }

  /** Kind, division code and demonstration flag of the given units (the ancestors of the targets). */
  async factsOf(ids: string[]): Promise<Map<string, AncestorFacts>> {
    const facts = new Map<string, AncestorFacts>();
    for (let i = 0; i < ids.length; i += 5000) {
      const rows: Array<Record<string, unknown>> = await this.dataSource.query(
        'SELECT id, kind, division_code, demonstration_area FROM units WHERE id IN (?)',
        [ids.slice(i, i + 5000)],
      );
      for (const r of rows) {
        facts.set(r.id as string, {
          id: r.id as string,
          kind: r.kind as string,
          divisionCode: (r.division_code as string | null) ?? null,
          demonstrationArea: Boolean(r.demonstration_area),
        });
      }
    }
    return facts;
  }
}
