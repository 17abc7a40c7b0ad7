import { Injectable } from '@nestjs/common';
import { parseLocalDate, type LocalDate } from '@app/calendar';
import { canSee, type Principal, type Unit } from '@app/directory';
import { DraftingService } from '@app/reports';
import { CampaignInboxRepository } from './campaign-inbox.repository';
import { CampaignTargetRepository } from './campaign-target.repository';
import { CampaignErrors } from './campaign.errors';
import type { CampaignTarget } from './campaign.types';
import { CampaignUnitsRepository } from './campaign-units.repository';
import type { TargetsDto } from './campaigns.dto';
import {
  planDueDates,
  targetMessages,
  type CreatedTarget,
  type DueDateRules,
  type PlannedTarget,
} from './target-plan';

export interface PersistTargets {
  campaignId: string;
  planned: PlannedTarget[];
  /** The user adding the targets (campaign_targets.added_by). */
  by: string;
  now: Date;
}

/**
 * Choosing a campaign's targets, giving each its due date, and persisting what target-plan.ts
 * planned: shared by issuing a campaign and adding units to it later.
 */
@Injectable()
export class CampaignTargets {
  constructor(
    private readonly units: CampaignUnitsRepository,
    private readonly targets: CampaignTargetRepository,
    private readonly inbox: CampaignInboxRepository,
    private readonly drafting: DraftingService,
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

  /** Each target's due date (see planDueDates): the regulation's date depends on the unit alone. */
  async dueDates(targets: Unit[], rules: DueDateRules): Promise<Map<string, LocalDate>> {
    return planDueDates(targets, rules);
  }

  /**
   * Persists planned targets in the current transaction: each report through the one create path
   * (which also tells the worker its deadline opened), the targets, and a message to each target
   * unit's drafters.
   */
  async persist(change: PersistTargets): Promise<CampaignTarget[]> {
    const created: CreatedTarget[] = [];
    for (const planned of change.planned) {
      const report = await this.drafting.createInTransaction(planned.report, planned.unit);
      created.push({
        target: {
          campaignId: change.campaignId,
          unitId: planned.unit.id,
          reportId: report.id,
          originalDueDate: planned.dueDate,
          dueDate: planned.dueDate,
        },
        notice: planned.notice,
      });
    }
    const targets = created.map((c) => c.target);
    await this.targets.insertMany({ targets, by: change.by, now: change.now });
    const drafters = await this.inbox.holders(
      targets.map((t) => t.unitId),
      ['drafter'],
    );
    await this.inbox.deliver(targetMessages(change.campaignId, created, drafters), change.now);
    return targets;
  }
}

export function asLocalDate(value: string | undefined): LocalDate | null {
  return value === undefined ? null : parseLocalDate(value);
}
