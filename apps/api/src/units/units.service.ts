import { Injectable } from '@nestjs/common';
import { AppError, Clock, isDuplicateKey, newId } from '@app/common';
import {
  AccessErrors,
  AdminEventRepository,
  UnitRepository,
  authorize,
  reachOf,
  type Principal,
  type Unit,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import type { CreateUnitDto, ListUnitsQuery } from './units.dto';

@Injectable()
export class UnitsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly units: UnitRepository,
    private readonly events: AdminEventRepository,
    private readonly clock: Clock,
  ) {}

  /** Every unit the caller reaches: their own, plus the subtrees of their coordinator/admin roles. */
  async listVisible(principal: Principal, filter: ListUnitsQuery): Promise<Unit[]> {
    const roots = reachOf(principal).subtreePaths;
    // Drop roots inside other roots so each unit is read once.
    const distinct = roots.filter(
      (p, i) => !roots.some((q, j) => j !== i && p.startsWith(q) && (p !== q || j < i)),
    );
    const lists = await Promise.all(distinct.map((path) => this.units.findSubtree(path, filter)));
    const seen = new Map<string, Unit>();
    for (const unit of lists.flat()) seen.set(unit.id, unit);
    if (!seen.has(principal.unitId)) {
      const own = await this.units.findById(principal.unitId);
      if (
        own &&
        (!filter.kind || own.kind === filter.kind) &&
        (!filter.level || own.level === filter.level)
      ) {
        seen.set(own.id, own);
      }
    }
    return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  async get(principal: Principal, id: string): Promise<Unit> {
    const unit = await this.units.findById(id);
    if (!unit) throw AccessErrors.notFound('Unit');
    authorize(principal, 'unit.read', unit);
    return unit;
  }

  async create(principal: Principal, input: CreateUnitDto): Promise<Unit> {
    const parent = await this.units.findById(input.parentId);
    if (!parent) throw AccessErrors.notFound('Parent unit');
    authorize(principal, 'unit.create', parent, 'Parent unit');
    const now = this.clock.now();
    try {
      return await this.transactions.run(async () => {
        const unit = await this.units.insert({
          id: newId(),
          parentId: parent.id,
          parentPath: parent.path,
          name: input.name.trim(),
          kind: input.kind,
          level: input.level,
          divisionCode: input.divisionCode ?? null,
          demonstrationArea: input.demonstrationArea ?? false,
          createdBy: principal.userId,
          now,
        });
        await this.events.record({
          actorUserId: principal.userId,
          action: 'unit.created',
          targetType: 'unit',
          targetId: unit.id,
          unitId: unit.id,
          details: { name: unit.name, kind: unit.kind, level: unit.level, parentId: parent.id },
          now,
        });
        return unit;
      });
    } catch (error) {
      if (isDuplicateKey(error)) {
        throw new AppError(409, 'UNIT_NAME_TAKEN', `${parent.name} already has a unit named ${input.name}`);
      }
      throw error;
    }
  }
}
