import { Injectable } from '@nestjs/common';
import { selectUnits, toUnit, type RoutingInput, type Unit } from '@app/directory';
import { Database } from '@app/persistence';

/** The ids on a unit's path above it ('/a/b/c/' → a, b), root first. */
const ancestorIdsOf = (unit: Pick<Unit, 'path'>) => unit.path.split('/').filter(Boolean).slice(0, -1);

/** Targets whose own children the routing reads (their 党委, 人大常委会, 依法治X办). */
const LEVEL_HEADS: ReadonlyArray<Unit['kind']> = ['government', 'party_committee'];

/**
 * What the routing table (reportingLinesOf) needs to default a campaign's recipients: the
 * neighbourhood of every target and the bodies its issuer speaks for. A few queries whatever the
 * number of targets, so a prefecture-wide campaign costs the same reads as a county one.
 */
@Injectable()
export class CampaignRecipientRoutingRepository {
  constructor(private readonly db: Database) {}

  /** Per target id, what reportingLinesOf needs (as UnitRepository.findRoutingNeighbourhood, batched). */
  async neighbourhoodsOf(targets: Unit[]): Promise<Map<string, RoutingInput>> {
    const ancestorIds = [...new Set(targets.flatMap(ancestorIdsOf))];
    const ancestors = await this.byIds(ancestorIds);
    const heads = targets.filter((t) => LEVEL_HEADS.includes(t.kind)).map((t) => t.id);
    const children = await this.childrenOf([...ancestorIds, ...heads]);
    const parties = children.filter((u) => u.kind === 'party_committee').map((u) => u.id);
    const grandchildren = await this.childrenOf(parties);
    const byParent = new Map<string, Unit[]>();
    for (const unit of [...children, ...grandchildren]) {
      const siblings = byParent.get(unit.parentId ?? '') ?? [];
      siblings.push(unit);
      byParent.set(unit.parentId ?? '', siblings);
    }
    const byId = new Map(ancestors.map((u) => [u.id, u]));
    const around = (parentId: string): Unit[] => {
      const direct = byParent.get(parentId) ?? [];
      const underParty = direct
        .filter((u) => u.kind === 'party_committee')
        .flatMap((u) => byParent.get(u.id) ?? []);
      return [...direct, ...underParty];
    };
    // Targets under the same units share one list of what is around their ancestors (the routing
    // indexes a list once): 3,000 bureaus of a prefecture each list its 3,000 children.
    const aroundAbove = new Map<string, Unit[]>();
    const result = new Map<string, RoutingInput>();
    for (const target of targets) {
      const path = ancestorIdsOf(target);
      const chain = path.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
      const key = path.join('/');
      const above = aroundAbove.get(key) ?? chain.flatMap((u) => around(u.id));
      aroundAbove.set(key, above);
      const own = around(target.id);
      result.set(target.id, {
        unit: target,
        ancestors: chain,
        around: own.length > 0 ? [...above, ...own] : above,
      });
    }
    return result;
  }

  /** The issuer's parent and the 依法治X办 it houses (see bodiesAskingThrough). */
  async issuerFacts(issuer: Unit): Promise<{ parent: Unit | null; housedOffices: Unit[] }> {
    const [parent] = issuer.parentId ? await this.byIds([issuer.parentId]) : [];
    const housedOffices = (
      await this.db.rows(selectUnits(this.db.sql).where('housed_in_unit_id', '=', issuer.id))
    ).map(toUnit);
    return { parent: parent ?? null, housedOffices };
  }

  private async byIds(ids: string[]): Promise<Unit[]> {
    if (ids.length === 0) return [];
    return (await this.db.rows(selectUnits(this.db.sql).where('id', 'in', ids))).map(toUnit);
  }

  private async childrenOf(parentIds: string[]): Promise<Unit[]> {
    if (parentIds.length === 0) return [];
    return (await this.db.rows(selectUnits(this.db.sql).where('parent_id', 'in', parentIds))).map(toUnit);
  }
}
