import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { compareLocalDates, endOfDayInstant, parseLocalDate, type LocalDate } from '@app/calendar';
import { canSee, type Principal, type Unit } from '@app/directory';
import { DraftingService } from '@app/reports';
import { CampaignInboxRepository } from './campaign-inbox.repository';
import { CampaignErrors } from './campaign.errors';
import { CampaignRepository } from './campaign.repository';
import type { Campaign, CampaignTarget } from './campaign.types';
import { CampaignUnitsRepository } from './campaign-units.repository';
import type { TargetsDto } from './campaigns.dto';
import { latest, regulationDueDate } from './regulation-dates';
import { idsOnPaths, inDemonstrationArea } from './unit-regions';

/**
 * Choosing a campaign's targets, giving each its due date, and creating their reports: shared by
 * issuing a campaign and adding units to it later.
 */
@Injectable()
export class CampaignTargets {
  constructor(
    private readonly units: CampaignUnitsRepository,
    private readonly campaigns: CampaignRepository,
    private readonly drafting: DraftingService,
    private readonly inbox: CampaignInboxRepository,
  ) {}

  /**
   * The union of the selector's matches and the explicit list, strictly below the issuing unit.
   * An id the caller cannot see is 404 (its existence is not revealed); a visible unit that is not
   * below the issuer is 400.
   */
  async resolve(principal: Principal, issuer: Unit, input: TargetsDto): Promise<Unit[]> {
    const select = input.select;
    const hasCriteria = Boolean(select?.kinds?.length || select?.levels?.length || select?.nameContains);
    if (select && !hasCriteria) {
      throw CampaignErrors.invalid('targets.select needs at least one of kinds, levels or nameContains');
    }
    if (!hasCriteria && !input.unitIds?.length) {
      throw CampaignErrors.invalid(
        'Choose the targets: targets.select (kinds, levels, nameContains) and/or targets.unitIds',
      );
    }
    const chosen = new Map<string, Unit>();
    const ids = [...new Set(input.unitIds ?? [])];
    if (ids.length > 0) {
      const found = await this.units.findByIds(ids);
      const visible = found.filter((unit) => canSee(principal, unit));
      const missing = ids.filter((id) => !visible.some((unit) => unit.id === id));
      if (missing.length > 0) throw CampaignErrors.unitsNotFound(missing);
      const notBelow = visible.filter((u) => u.id === issuer.id || !u.path.startsWith(issuer.path));
      if (notBelow.length > 0)
        throw CampaignErrors.targetNotBelow(
          notBelow.map((u) => u.id),
          issuer.name,
        );
      for (const unit of visible) chosen.set(unit.id, unit);
    }
    if (hasCriteria) {
      for (const unit of await this.units.selectBelow(issuer, select!)) chosen.set(unit.id, unit);
    }
    return [...chosen.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /**
   * Each target's due date: the campaign's own date when it sets one (never later than the
   * regulation allows), else the regulation date for that unit; a cascade never later than the
   * date its parent gave (`ceiling`). Refuses dates already past.
   */
  async dueDates(
    targets: Unit[],
    options: { reportYear: number; dueDate: LocalDate | null; ceiling: LocalDate | null; today: LocalDate },
  ): Promise<Map<string, LocalDate>> {
    const facts = await this.units.factsOf(idsOnPaths(targets.map((t) => t.path)));
    const { dueDate, ceiling, today } = options;
    if (dueDate && compareLocalDates(dueDate, today) < 0)
      throw CampaignErrors.dueDateInPast('dueDate', dueDate, today);
    if (dueDate && ceiling && compareLocalDates(dueDate, ceiling) > 0)
      throw CampaignErrors.dueAfterParent(dueDate, ceiling);
    const dates = new Map<string, LocalDate>();
    const tooLate: Array<{ unitId: string; name: string; regulationDueDate: string }> = [];
    for (const unit of targets) {
      const regulation = regulationDueDate(options.reportYear, {
        kind: unit.kind,
        level: unit.level,
        demonstrationArea: inDemonstrationArea(unit.path, facts),
      });
      if (dueDate && compareLocalDates(dueDate, regulation) > 0) {
        tooLate.push({ unitId: unit.id, name: unit.name, regulationDueDate: regulation });
      }
      let due = dueDate ?? regulation;
      if (ceiling && compareLocalDates(due, ceiling) > 0) due = ceiling;
      dates.set(unit.id, due);
    }
    if (tooLate.length > 0) throw CampaignErrors.dueAfterRegulation(tooLate, dueDate!);
    const past = [...dates.values()].filter((d) => compareLocalDates(d, today) < 0);
    if (past.length > 0) {
      // Only reachable without an explicit date: the regulation date has passed for this report year.
      throw CampaignErrors.dueDateInPast('The regulation due date', latest(past)!, today);
    }
    return dates;
  }

  /**
   * Creates one report per target (in drafting, due at the end of its due day) through the one
   * create path (which also tells the worker their deadlines opened), records the targets and
   * notifies each unit's drafters, all in the caller's transaction.
   */
  async create(
    manager: EntityManager,
    campaign: Campaign,
    issuer: Unit,
    targets: Unit[],
    dueDates: Map<string, LocalDate>,
    principal: Principal,
    now: Date,
    notice: { kind: string; title: string; body: (due: LocalDate) => string },
  ): Promise<CampaignTarget[]> {
    const rows: CampaignTarget[] = [];
    for (const unit of targets) {
      const due = dueDates.get(unit.id)!;
      const report = await this.drafting.createInTransaction(
        {
          principal,
          unitId: unit.id,
          reportYear: campaign.reportYear,
          campaignId: campaign.id,
          receivingUnitId: issuer.id,
          workflow: campaign.workflow,
          stageLimits: campaign.stageLimits,
          reminderPolicy: campaign.reminderPolicy,
          dueAt: endOfDayInstant(due),
        },
        unit,
      );
      rows.push({
        campaignId: campaign.id,
        unitId: unit.id,
        reportId: report.id,
        originalDueDate: due,
        dueDate: due,
      });
    }
    await this.campaigns.insertTargets(manager, rows, principal.userId, now);
    const byUnit = new Map(rows.map((r) => [r.unitId, r]));
    const drafters = await this.inbox.holders([...byUnit.keys()], ['drafter'], manager);
    await this.inbox.deliver(
      manager,
      drafters.map(({ userId, unitId }) => {
        const target = byUnit.get(unitId)!;
        return {
          userId,
          kind: notice.kind,
          reportId: target.reportId,
          title: notice.title,
          body: notice.body(target.dueDate),
          dedupKey: `${notice.kind}-${campaign.id}-${target.reportId}-${userId}`,
        };
      }),
      now,
    );
    return rows;
  }
}

export function asLocalDate(value: string | undefined): LocalDate | null {
  return value === undefined ? null : parseLocalDate(value);
}
