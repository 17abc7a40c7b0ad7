import { Injectable } from '@nestjs/common';
import { escapeLike, selectUnits, toUnit, type Unit, type UnitKind, type UnitLevel } from '@app/directory';
import { Database } from '@app/persistence';
import type { TargetAreaRoot } from './issuer-area';
import type { AncestorFacts } from './unit-regions';

/** Ids per query when reading the ancestors of thousands of targets. */
const FACTS_CHUNK = 5000;

export interface UnitSelector {
  kinds?: UnitKind[];
  levels?: UnitLevel[];
  nameContains?: string;
}

/** The unit reads a campaign needs, each one query whatever the number of units. */
@Injectable()
export class CampaignUnitsRepository {
  constructor(private readonly db: Database) {}

  async findByIds(ids: string[]): Promise<Unit[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.rows(selectUnits(this.db.sql).where('id', 'in', ids).orderBy('path'));
    return rows.map(toUnit);
  }

  /**
   * Units strictly below one of the `roots` (see issuer-area.ts), never the issuer, matching every
   * given criterion (e.g. county-level departments named 交通运输局).
   */
  async selectWithin(
    issuer: { id: string },
    roots: TargetAreaRoot[],
    selector: UnitSelector,
  ): Promise<Unit[]> {
    const excluded = roots.filter((root) => !root.includesItself).map((root) => root.id);
    let query = selectUnits(this.db.sql)
      .where((eb) => eb.or(roots.map((root) => eb('path', 'like', `${escapeLike(root.path)}%`))))
      .where('id', 'not in', [issuer.id, ...excluded]);
    if (selector.kinds?.length) query = query.where('kind', 'in', selector.kinds);
    if (selector.levels?.length) query = query.where('level', 'in', selector.levels);
    if (selector.nameContains) query = query.where('name', 'like', `%${escapeLike(selector.nameContains)}%`);
    const rows = await this.db.rows(query.orderBy('path'));
    return rows.map(toUnit);
  }

  /** Kind, division code and demonstration flag of the given units (the ancestors of the targets). */
  async factsOf(ids: string[]): Promise<Map<string, AncestorFacts>> {
    const facts = new Map<string, AncestorFacts>();
    for (let i = 0; i < ids.length; i += FACTS_CHUNK) {
      const rows = await this.db.rows(
        this.db.sql
          .selectFrom('units')
          .select(['id', 'kind', 'division_code', 'demonstration_area'])
          .where('id', 'in', ids.slice(i, i + FACTS_CHUNK)),
      );
      for (const r of rows) {
        facts.set(r.id, {
          id: r.id,
          kind: r.kind,
          divisionCode: r.division_code,
          demonstrationArea: Boolean(r.demonstration_area),
        });
      }
    }
    return facts;
  }
}
