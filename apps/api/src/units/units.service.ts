import { Injectable } from '@nestjs/common';
import { AppError, Clock, CommonErrors, catalogued, isDuplicateKey, newId } from '@app/common';
import {
  AccessErrors,
  AdminEventRepository,
  UnitRepository,
  authorize,
  canSee,
  fullDivisionCode,
  placementProblem,
  reachOf,
  type Principal,
  type Unit,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { ADMIN_ERROR_CODES } from '../users/admin.errors';
import type { CreateUnitDto, DemonstrationAreaDto, ListUnitsQuery, RenameUnitDto } from './units.dto';

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
    // The regulation designates a place: the flag is its government's (scenario test, stop 44, set it
    // on a department, which then had a line to the 依法治省办 of its own).
    const refusal = input.demonstrationArea ? designationProblem(input) : null;
    if (refusal) {
      const line = `demonstrationArea: ${refusal}`;
      throw CommonErrors.validation(`Invalid input: ${line}`, { fields: [line] });
    }
    await this.checkPlacement(input, parent);
    const housedIn = await this.housingOf(principal, input, parent);
    const now = this.clock.now();
    try {
      return await this.transactions.run(async () => {
        await this.refuseSecondBody(principal, input, parent);
        const unit = await this.units.insert({
          id: newId(),
          parentId: parent.id,
          parentPath: parent.path,
          name: input.name.trim(),
          kind: input.kind,
          level: input.level,
          divisionCode: input.divisionCode ?? null,
          demonstrationArea: input.demonstrationArea ?? false,
          housedInUnitId: housedIn?.id ?? null,
          createdBy: principal.userId,
          now,
        });
        await this.events.record({
          actorUserId: principal.userId,
          action: 'unit.created',
          targetType: 'unit',
          targetId: unit.id,
          unitId: unit.id,
          details: {
            name: unit.name,
            kind: unit.kind,
            level: unit.level,
            parentId: parent.id,
            housedInUnitId: unit.housedInUnitId,
          },
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

  /**
   * Renames a unit the caller administers (机构改革: 交通局 becomes 交通运输局). Everything refers to
   * units by id, so its reports, roles, campaigns and history follow the new name; what was issued
   * under the old one (a notice's text, a 文号, an audit event's recorded names) keeps it. Only if the
   * unit still has the name the caller saw; recorded as an admin event.
   */
  async rename(principal: Principal, id: string, input: RenameUnitDto): Promise<Unit> {
    const { unit, parent } = await this.administeredFromAbove(principal, id, 'unit.rename');
    const name = input.name.trim();
    if (input.expectedName !== unit.name) throw nameChanged(unit.name);
    if (name === unit.name) return unit;
    try {
      await this.transactions.run(async () => {
        if (!(await this.units.rename(id, unit.name, name))) throw nameChanged(unit.name);
        await this.events.record({
          actorUserId: principal.userId,
          action: 'unit.renamed',
          targetType: 'unit',
          targetId: id,
          unitId: id,
          details: { from: unit.name, to: name },
          now: this.clock.now(),
        });
      });
    } catch (error) {
      if (isDuplicateKey(error))
        throw new AppError(
          409,
          'UNIT_NAME_TAKEN',
          `${parent?.name ?? 'The parent unit'} already has a unit named ${name}`,
        );
      throw error;
    }
    return { ...unit, name };
  }

  /**
   * A unit changed from above (renamed, designated): who may create a unit there may change it, so
   * a county's administrator renames its bureaus and the prefecture's the county itself. A unit the
   * caller cannot see is 404; one whose parent they do not administer is 403.
   */
  private async administeredFromAbove(principal: Principal, id: string, action: string) {
    const unit = await this.units.findById(id);
    if (!unit || !canSee(principal, unit)) throw AccessErrors.notFound('Unit');
    const parent = unit.parentId ? await this.units.findById(unit.parentId) : null;
    const over = parent && canSee(principal, parent) ? parent : unit;
    authorize(principal, 'unit.create', over);
    if (over !== parent && parent)
      throw AccessErrors.missingRole(action, ['admin'], [], `${parent.name} (the unit above it)`);
    return { unit, parent };
  }

  /**
   * Designating a government a national demonstration area (or no longer): the administrators who
   * may rename it (the unit above's) may, since the designation comes from above. Recorded as an
   * admin event. Campaigns already issued on the demonstration line keep their targets.
   */
  async setDemonstrationArea(principal: Principal, id: string, input: DemonstrationAreaDto): Promise<Unit> {
    const { unit } = await this.administeredFromAbove(principal, id, 'unit.designate');
    // Clearing is always allowed: a flag set before the governments-only rule must be removable.
    const refusal = input.demonstrationArea ? designationProblem(unit) : null;
    if (refusal) {
      const line = `demonstrationArea: ${refusal}`;
      throw CommonErrors.validation(`Invalid input: ${line}`, { fields: [line] });
    }
    if (unit.demonstrationArea === input.demonstrationArea) return unit;
    await this.transactions.run(async () => {
      // Only the request that changed the flag records it (five at once recorded four changes).
      if (!(await this.units.setDemonstrationArea(id, input.demonstrationArea))) return;
      await this.events.record({
        actorUserId: principal.userId,
        action: 'unit.demonstration_area_set',
        targetType: 'unit',
        targetId: id,
        unitId: id,
        details: { from: unit.demonstrationArea, to: input.demonstrationArea },
        now: this.clock.now(),
      });
    });
    return { ...unit, demonstrationArea: input.demonstrationArea };
  }

  /**
   * The 司法局 housing a new 依法治X办 (docs/domain.md, "Units in the tree"): only an office is
   * housed, only in a justice bureau, and only in one of the office's own government, so that its
   * staff (who hold `coordinator` in the office) are the ones who chase that level's reports. An
   * id the caller cannot see is 404, as everywhere.
   */
  private async housingOf(principal: Principal, input: CreateUnitDto, parent: Unit): Promise<Unit | null> {
    if (input.housedInUnitId === undefined) return null;
    if (input.kind !== 'rule_of_law_office') {
      throw housingInvalid(
        `Only a rule_of_law_office (依法治X办) is housed in another unit, not a ${input.kind}`,
      );
    }
    const housing = await this.units.findById(input.housedInUnitId);
    if (!housing || !canSee(principal, housing)) throw AccessErrors.notFound('Housing unit');
    if (housing.kind !== 'justice_bureau') {
      throw housingInvalid(`${housing.name} is not a justice bureau (司法局); a 依法治X办 is housed in one`);
    }
    const officeGovernment = await this.levelGovernmentOf(parent);
    const housingGovernment = await this.levelGovernmentOf(housing);
    if (!officeGovernment || housingGovernment?.id !== officeGovernment.id) {
      throw housingInvalid(
        `${housing.name} is not a justice bureau of ${officeGovernment?.name ?? "the office's government"}`,
        { housedInUnitId: housing.id, governmentId: officeGovernment?.id ?? null },
      );
    }
    return housing;
  }

  /** The level and division code a new unit asks for, against its parent's (unit-placement.ts). */
  private async checkPlacement(input: CreateUnitDto, parent: Unit): Promise<void> {
    const ancestors = await this.units.findAncestors(parent);
    const coded = [parent, ...[...ancestors].reverse()].find((u) => u.divisionCode);
    const problem = placementProblem(
      { level: input.level, kind: input.kind, divisionCode: input.divisionCode },
      {
        parentLevel: parent.level,
        parentKind: parent.kind,
        nearestDivisionCode: coded?.divisionCode ?? null,
      },
    );
    if (problem) {
      throw catalogued(ADMIN_ERROR_CODES, 'UNIT_PLACEMENT_INVALID', problem, {
        parentId: parent.id,
        parentLevel: parent.level,
        nearestDivisionCode: coded?.divisionCode ?? null,
      });
    }
  }

  /**
   * One place has one government and, under it, one 党委 and one 人大常委会: routing names them (主送
   * 县委、县人大常委会), and with two the reports went to whichever was created first, with nothing to
   * say so (a scenario test, stop 49). A second government of the same division code, or a second
   * 党委 / 人大常委会 under one government or of one division code, is refused naming the first.
   */
  private async refuseSecondBody(principal: Principal, input: CreateUnitDto, parent: Unit): Promise<void> {
    const oneOfAPlace = ['government', 'party_committee', 'congress_standing_committee'] as const;
    if (!(oneOfAPlace as readonly string[]).includes(input.kind)) return;
    // The place's government(s): the parent a 党委 or 人大常委会 is created under, and the government
    // of its division code (it may be placed elsewhere: beside the government, say).
    const places: Unit[] = [];
    if (input.kind !== 'government') {
      if (parent.kind === 'government') places.push(parent);
      const coded = input.divisionCode
        ? await this.units.findGovernmentByDivisionCode(input.divisionCode)
        : null;
      if (coded && coded.id !== parent.id) places.push(coded);
    }
    if (!input.divisionCode && places.length === 0) return;
    // Two requests at once wait for each other here (a penetration test, stop 50: four parallel
    // creates of one township's 人大 gave two 201s).
    // In one order (by id), so that two requests never hold one lock each.
    const locked = (places.length > 0 ? places : [parent]).map((u) => u.id).sort();
    for (const id of locked) await this.units.lockById(id);
    // Any level: a 党委 of level "township" under a county government is still that county's second.
    const same = await this.units.findSameBody({
      kind: input.kind,
      divisionCode: input.divisionCode ?? null,
      parentIds: places.map((u) => u.id),
    });
    const first = same.find((u) => canSee(principal, u)) ?? same[0];
    if (!first) return;
    const sameCode =
      input.divisionCode && first.divisionCode
        ? fullDivisionCode(first.divisionCode) === fullDivisionCode(input.divisionCode)
        : false;
    // A unit the administrator cannot see is not named (its name and id would be a way to list them).
    const visible = canSee(principal, first);
    const kind = input.kind.replace(/_/g, ' ');
    const place = places.find((u) => u.id === first.parentId);
    const placeName = place && canSee(principal, place) ? place.name : 'the place';
    const why = sameCode
      ? `division code ${input.divisionCode} is already ${visible ? first.name : 'another unit'}'s`
      : `${placeName} already has ${visible ? first.name : `a ${kind}`}`;
    throw catalogued(
      ADMIN_ERROR_CODES,
      'UNIT_BODY_EXISTS',
      `${why}: one place has one ${kind}. Rename or use the existing unit instead`,
      visible ? { existing: { id: first.id, name: first.name } } : undefined,
    );
  }

  /** The government a unit belongs to: itself, or the nearest government above it. */
  private async levelGovernmentOf(unit: Unit): Promise<Unit | null> {
    if (unit.kind === 'government') return unit;
    const ancestors = await this.units.findAncestors(unit);
    return [...ancestors].reverse().find((u) => u.kind === 'government') ?? null;
  }
}

function housingInvalid(message: string, details?: Record<string, unknown>): AppError {
  return catalogued(ADMIN_ERROR_CODES, 'UNIT_HOUSING_INVALID', message, details);
}

/** Someone renamed the unit since the caller read it: nothing is overwritten unseen. */
function nameChanged(currentName: string): AppError {
  return catalogued(
    ADMIN_ERROR_CODES,
    'UNIT_NAME_CHANGED',
    `The unit has been renamed meanwhile; it is now called ${currentName}. Reload and rename it again if still needed`,
    { currentName },
  );
}

/**
 * Why a unit cannot be designated a national demonstration area (全国法治政府建设示范地区): the
 * designation is of a city or county, made on its government; a province is never one.
 */
function designationProblem(unit: Pick<Unit, 'name' | 'kind' | 'level'>): string | null {
  if (unit.kind !== 'government')
    return `only a government is designated a demonstration area (法治政府建设示范地区); ${unit.name} is a ${unit.kind}, set it on the government of the place`;
  if (unit.level === 'province')
    return `${unit.name} is a province: demonstration areas (法治政府建设示范地区) are cities and counties, designated on their governments`;
  // Cities and counties are designated, not townships (an external QA engineer, stop 55: a 乡镇
  // took the flag and was then asked for a report on the demonstration line).
  if (unit.level === 'township')
    return `${unit.name} is a township: demonstration areas (法治政府建设示范地区) are cities and counties, designated on their governments`;
  return null;
}
