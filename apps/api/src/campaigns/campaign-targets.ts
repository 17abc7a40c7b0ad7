import { Injectable } from '@nestjs/common';
import { parseLocalDate, type LocalDate } from '@app/calendar';
import { canSee, DrafterCountsRepository, type Principal, type Unit } from '@app/directory';
import { DraftingService, ReportRepository, type Report } from '@app/reports';
import { CampaignInboxRepository } from './campaign-inbox.repository';
import { CampaignTargetRepository } from './campaign-target.repository';
import { CampaignErrors } from './campaign.errors';
import type { CampaignTarget } from './campaign.types';
import { CampaignUnitsRepository, type UnitSelector } from './campaign-units.repository';
import type { TargetsDto } from './campaigns.dto';
import type { AdoptedReport } from './adopted-chain-shortfall';
import { jointConflicts } from './joint-targets';
import {
  asksCounterparts,
  inTargetArea,
  levelGovernmentOf,
  NO_GOVERNMENT_NAMES,
  targetAreaRoots,
  unitsServedBy,
  type GovernmentNameOf,
  type TargetAreaRoot,
} from './issuer-area';

import {
  planDueDates,
  targetMessages,
  type CreatedTarget,
  type DueDateRules,
  type PlannedTarget,
} from './target-plan';

/** The ids on a unit's path above it ('/a/b/c/' → a, b). */
const ancestorIdsOf = (unit: Pick<Unit, 'path'>) => unit.path.split('/').filter(Boolean).slice(0, -1);

/** Whom an issuer may ask: the subtrees (for the SQL) and the whole test (for each unit found there). */
interface TargetArea {
  roots: TargetAreaRoot[];
  admits(unit: Unit): boolean;
}

export interface PersistTargets {
  campaignId: string;
  planned: PlannedTarget[];
  /** The user adding the targets (campaign_targets.added_by). */
  by: string;
  now: Date;
}

export interface PersistedTargets {
  targets: CampaignTarget[];
  /** The targets whose report for the year existed before and now answers this campaign too. */
  adopted: AdoptedReport[];
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
    private readonly reports: ReportRepository,
    private readonly drafterCounts: DrafterCountsRepository,
  ) {}

  /**
   * The union of the selector's matches and the explicit list, within what the issuer may ask
   * (issuer-area.ts: below it, or for a department or office below its level's government). An id the caller
   * can neither see nor ask is 404 (its existence is not revealed); a visible unit outside the
   * issuer's area is 400.
   */
  async resolve(principal: Principal, issuer: Unit, input: TargetsDto): Promise<Unit[]> {
    const select = input.select;
    const hasCriteria = Boolean(select?.kinds?.length || select?.levels?.length || select?.nameContains);
    if (select && !hasCriteria) {
      throw CampaignErrors.invalidField(
        'targets.select',
        'needs at least one of kinds, levels or nameContains',
      );
    }
    if (!hasCriteria && !input.unitIds?.length) {
      throw CampaignErrors.invalidField(
        'targets',
        'names no unit: choose them with targets.select (kinds, levels, nameContains) and/or targets.unitIds',
      );
    }
    const area = await this.areaOf(issuer);
    const chosen = new Map<string, Unit>();
    const ids = [...new Set(input.unitIds ?? [])];
    if (ids.length > 0) {
      const found = await this.units.findByIds(ids);
      const inArea = (unit: Unit) => area.admits(unit);
      const visible = found.filter((unit) => inArea(unit) || canSee(principal, unit));
      const missing = ids.filter((id) => !visible.some((unit) => unit.id === id));
      if (missing.length > 0) throw CampaignErrors.unitsNotFound(missing);
      const outside = visible.filter((u) => !inArea(u));
      if (outside.length > 0)
        throw CampaignErrors.targetNotBelow(
          outside.map((u) => u.id),
          issuer.name,
        );
      for (const unit of visible) chosen.set(unit.id, unit);
    }
    if (hasCriteria) {
      for (const unit of await this.within(issuer, area, select!)) chosen.set(unit.id, unit);
    }
    return [...chosen.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /**
   * A cascade (逐级下发) passes on what the parent campaign asked: each of its targets must be one
   * the parent's targets received through this issuer could ask themselves (or one of them). A
   * county government cascaded a 州交通运输局 campaign that reached its 交通运输局 to every bureau of
   * the county; the 州 bureau then read their internal stages in its roll-up and withdrew their
   * campaign with its own (penetration test, stop 44). Returns the units outside that reach.
   */
  async beyondParent(parentId: string, issuer: Unit, units: Unit[]): Promise<Unit[]> {
    const received = await this.receivedThrough(parentId, issuer);
    const through = await this.units.findByIds(received.map((t) => t.unitId));
    const areas = await Promise.all(through.map(async (unit) => ({ unit, area: await this.areaOf(unit) })));
    return units.filter((u) => !areas.some(({ unit, area }) => u.id === unit.id || area.admits(u)));
  }

  /**
   * The parent's targets a cascade by `issuer` passes on: at or below it, and those it serves (a
   * 依法治县办 forwards what was sent to its county's government or 县委: unitsServedBy).
   */
  async receivedThrough(parentId: string, issuer: Unit): Promise<CampaignTarget[]> {
    const served =
      issuer.kind === 'rule_of_law_office'
        ? unitsServedBy(issuer, await this.units.findByIds(ancestorIdsOf(issuer)))
        : [];
    return this.targets.receivedThrough(
      parentId,
      issuer.path,
      served.map((u) => u.id),
    );
  }

  /** Every unit the issuer may ask (issuer-area.ts), path order: what the issuing form offers. */
  async area(issuer: Unit): Promise<Unit[]> {
    return this.within(issuer, await this.areaOf(issuer), {});
  }

  /**
   * Active drafters per unit of the issuer's area (counts, never who), for the warning before 下发.
   * GET /units/drafter-counts counts the caller's own reach, which for a 依法治州办's coordinator is
   * the office alone: every county was said to have no drafter (a civil servant's walk, stop 40).
   */
  async drafterCountsOf(issuer: Unit): Promise<Array<{ unitId: string; drafters: number }>> {
    const area = await this.areaOf(issuer);
    const counts = await this.drafterCounts.countsUnder(area.roots.map((root) => root.path));
    if (!area.roots.some(asksCounterparts)) return counts;
    // A department's area is its counterparts, not every unit under its level's government.
    const asked = new Set((await this.within(issuer, area, {})).map((unit) => unit.id));
    return counts.filter((count) => asked.has(count.unitId));
  }

  /** The units of the area matching the selector (the SQL takes the subtrees; counterparts are told by name). */
  private async within(issuer: Unit, area: TargetArea, select: UnitSelector): Promise<Unit[]> {
    const units = await this.units.selectWithin(issuer, area.roots, select);
    return units.filter((unit) => area.admits(unit));
  }

  /** Whom the issuer may ask: the subtrees, and for a department the names that make a counterpart. */
  private async areaOf(issuer: Unit): Promise<TargetArea> {
    const levelGovernment =
      issuer.kind === 'government'
        ? null
        : levelGovernmentOf(await this.units.findByIds(ancestorIdsOf(issuer)));
    const roots = targetAreaRoots(issuer, levelGovernment);
    const counterpartRoots = roots.filter(asksCounterparts);
    const governmentNameOf =
      counterpartRoots.length === 0
        ? NO_GOVERNMENT_NAMES
        : await this.governmentNames(issuer, counterpartRoots);
    return { roots, admits: (unit) => inTargetArea(unit, issuer, roots, governmentNameOf) };
  }

  /** The nearest government of each unit below the roots, by the governments found there. */
  private async governmentNames(issuer: Unit, roots: TargetAreaRoot[]): Promise<GovernmentNameOf> {
    const governments = await this.units.selectWithin(
      issuer,
      roots.map((root) => ({ ...root, includesItself: true, counterpartsOf: null })),
      { kinds: ['government'] },
    );
    const names = new Map(governments.map((government) => [government.id, government.name]));
    return (unit) => {
      const nearest = ancestorIdsOf(unit)
        .reverse()
        .find((id) => names.has(id));
      return nearest ? names.get(nearest)! : null;
    };
  }

  /** Each target's due date (see planDueDates): the regulation's date depends on the unit alone. */
  async dueDates(targets: Unit[], rules: DueDateRules): Promise<Map<string, LocalDate>> {
    return planDueDates(targets, rules);
  }

  /**
   * A report a unit began by hand (no campaign made it) is its report for the year, and the first
   * campaign asking takes it, as long as it never left the unit and is asked alone: it then becomes
   * that campaign's report (adoptByCampaign), going to its issuer, not to the unit above it went to by
   * the old routing, and every later campaign treats it as any campaign's report. One already sent
   * there (that unit decides it, and would lose the decision unseen), or asked as half of a joint
   * 党委+政府 report (its text is one unit's, and the whole campaign was refused), is left outside
   * the one-report key as it was before, and the campaign makes its own (review, stop 52).
   */
  private async adoptOrReleaseHandMade(input: {
    campaignId: string;
    found: Map<string, Report>;
    planned: PlannedTarget[];
    pairs: Array<{ government: { id: string }; partyCommittee: { id: string } }>;
  }): Promise<void> {
    const jointUnits = new Set(input.pairs.flatMap((p) => [p.government.id, p.partyCommittee.id]));
    const issuerOf = new Map(input.planned.map((p) => [p.unit.id, p.report.receivingUnitId ?? null]));
    const release: string[] = [];
    const adopt = new Map<string, string[]>();
    for (const [unitId, report] of input.found) {
      if (report.campaignId !== null) continue;
      const issuer = issuerOf.get(unitId) ?? null;
      if (report.submittedAt !== null || jointUnits.has(unitId) || issuer === null) {
        release.push(report.id);
        input.found.delete(unitId);
      } else adopt.set(issuer, [...(adopt.get(issuer) ?? []), report.id]);
    }
    await this.reports.releaseFromUnitYearKey(release);
    for (const [issuer, ids] of adopt)
      await this.reports.adoptByCampaign(ids, { campaignId: input.campaignId, receivingUnitId: issuer });
  }

  /**
   * Persists planned targets in the current transaction: each unit's one report for the year (the
   * one it already has, from another campaign, or a new one through the one create path, which
   * also tells the worker its deadline opened), the targets, and a message to each target unit's
   * drafters. A report already dispatched before this campaign asked is not dispatched to it
   * automatically: the unit is told, and dispatches it (see docs/campaigns.md). The adopted reports
   * are returned: their path was fixed by whoever created them, and the issuer is told when it lacks
   * a step this campaign requires (adopted-chain-shortfall.ts).
   */
  async persist(change: PersistTargets): Promise<PersistedTargets> {
    const created: CreatedTarget[] = [];
    // One report per unit, year and line answers every campaign: a unit already asked keeps its
    // report (a party committee's may be its government's joint report). One campaign asks for one
    // line (a demonstration area's additional report is a report of its own).
    const reportLine = change.planned[0]?.report.reportLine ?? 'annual';
    const years = [...new Set(change.planned.map((p) => p.report.reportYear))];
    const existing = new Map<string, Report>();
    for (const year of years) {
      const planned = change.planned.filter((p) => p.report.reportYear === year);
      const found = await this.reports.findOnePerUnitYear(
        planned.map((p) => p.unit.id),
        year,
        reportLine,
      );
      const pairs = planned.flatMap((p) =>
        p.jointWith ? [{ government: p.jointWith, partyCommittee: p.unit }] : [],
      );
      await this.adoptOrReleaseHandMade({ campaignId: change.campaignId, found, planned, pairs });
      const conflicts = jointConflicts(pairs, found);
      if (conflicts.length > 0) throw CampaignErrors.jointReportConflict(conflicts);
      for (const [unitId, report] of found) existing.set(`${unitId}|${year}`, report);
    }
    // A joint pair's party committee last: it answers with the report its government has by then.
    // The new reports are created in two batches (the governments and every other unit, then the
    // party committees whose government has none), so thousands take a few statements.
    const ordered = [...change.planned].sort(
      (a, b) => Number(a.jointWith !== null) - Number(b.jointWith !== null),
    );
    const key = (unitId: string, year: number) => `${unitId}|${year}`;
    const reportOf = new Map<string, { id: string }>(existing);
    const createMissing = async (planned: PlannedTarget[]) => {
      const missing = planned.filter((p) => !reportOf.has(key(p.unit.id, p.report.reportYear)));
      const reports = await this.drafting.createManyInTransaction(
        missing.map((p) => ({ cmd: p.report, unit: p.unit })),
      );
      missing.forEach((p, i) => reportOf.set(key(p.unit.id, p.report.reportYear), reports[i]));
    };
    await createMissing(ordered.filter((p) => p.jointWith === null));
    for (const planned of ordered) {
      const year = planned.report.reportYear;
      const government = planned.jointWith ? reportOf.get(key(planned.jointWith.id, year)) : undefined;
      if (government && !reportOf.has(key(planned.unit.id, year)))
        reportOf.set(key(planned.unit.id, year), government);
    }
    await createMissing(ordered.filter((p) => p.jointWith !== null));
    for (const planned of ordered) {
      const report = reportOf.get(key(planned.unit.id, planned.report.reportYear))!;
      created.push({
        target: {
          campaignId: change.campaignId,
          unitId: planned.unit.id,
          reportId: report.id,
          originalDueDate: planned.dueDate,
          dueDate: planned.dueDate,
        },
        notice: planned.notice,
        unitName: planned.unit.name,
      });
    }
    const targets = created.map((c) => c.target);
    await this.targets.insertMany({ targets, by: change.by, now: change.now });
    const issuerId = change.planned[0]?.report.receivingUnitId;
    const readers = await this.inbox.noticeReaders(
      targets.map((t) => t.unitId),
      issuerId ? [issuerId] : [],
    );
    await this.inbox.deliver(targetMessages(change.campaignId, created, readers), change.now);
    const adopted = change.planned.flatMap((planned) => {
      const report = existing.get(key(planned.unit.id, planned.report.reportYear));
      return report ? [{ unit: planned.unit, report }] : [];
    });
    return { targets, adopted };
  }
}

/** A date field as sent: absent or null is no date (the regulation's, today, the default). */
export function asLocalDate(value: string | null | undefined): LocalDate | null {
  return value === undefined || value === null ? null : parseLocalDate(value);
}
