import { Injectable } from '@nestjs/common';
import { endOfDayInstant, localDateOf, type LocalDate } from '@app/calendar';
import { StageClock } from '@app/reports';
import { leftItsUnit, stateSeenByCampaign } from '../board-receipts';
import { BoardRepository, type DescendantCampaign } from '../board.repository';
import {
  rollupEntryOf,
  totalsOfCounted,
  WorkingDayCounter,
  type BoardRow,
  type BoardTotals,
} from '../board-rows';
import { CampaignUnitsRepository } from '../campaign-units.repository';
import { idsOnPaths, regionsOf } from '../unit-regions';
import { BoardRollupRepository, type RollupGroup } from './board-rollup.repository';

type Entry = Pick<BoardRow, 'state' | 'light' | 'progress'>;

/** The cascaded campaigns under a board's campaign, their targets counted for the roll-up. */
export interface CascadedCounts {
  /** The workflow definitions of the cascaded targets, in the order the rows meet them. */
  workflows: Array<{ id: string; version: number }>;
  /** The directly cascaded campaigns, each with the totals of everything below it (any depth). */
  children(states: string[]): Array<Omit<DescendantCampaign, 'path'> & { totals: BoardTotals }>;
  /** The roll-up: the campaign's own rows and every cascaded target. */
  rollup(own: ReadonlyArray<Entry>, states: string[]): BoardTotals;
}

/**
 * The roll-up of a cascade (逐级下发): the totals by state, light and progress of every target of
 * every campaign cascaded below a board's campaign, per directly cascaded campaign and overall.
 * SQL counts the targets that classify alike (BoardRollupRepository); each group is classified
 * here once, as a row would be (its light depends on the calendar and the clock), and counts as
 * many targets as it holds.
 */
@Injectable()
export class BoardRollup {
  constructor(
    private readonly board: BoardRepository,
    private readonly rollups: BoardRollupRepository,
    private readonly unitsFacts: CampaignUnitsRepository,
    private readonly stageClock: StageClock,
  ) {}

  async cascaded(campaign: { id: string; path: string }, now: Date): Promise<CascadedCounts> {
    const [descendants, groups] = await Promise.all([
      this.board.descendants(campaign.path, campaign.id),
      this.rollups.groups(campaign.path, campaign.id),
    ]);
    const regionsOfGroup = await this.regions(groups);
    const context = {
      now,
      today: localDateOf(now),
      counter: new WorkingDayCounter(await this.stageClock.calendar()),
    };
    // A withdrawn cascade counts what was sent to it, not the reports' later stages (board-receipts.ts).
    const withdrawn = new Set(descendants.filter((d) => d.status === 'withdrawn').map((d) => d.id));
    const entries = groups.map((g) => ({
      entry: entryOf(g, regionsOfGroup(g), context, withdrawn.has(g.campaignId)),
      count: g.count,
    }));
    // Each unit once, and no withdrawn cascade (RollupGroup.counted).
    const countedOnce = entries.filter((_, i) => groups[i].counted);
    const direct = descendants.filter((d) => d.parentId === campaign.id);
    // A child's totals include its own cascades (any depth): their paths start with its path.
    const childOf = new Map(
      descendants.map((d) => [d.id, direct.find((c) => d.path.startsWith(c.path))?.id ?? null]),
    );
    const ofChild = new Map(direct.map((c) => [c.id, [] as typeof entries]));
    groups.forEach((g, i) => {
      const child = childOf.get(g.campaignId);
      if (child) ofChild.get(child)!.push(entries[i]);
    });
    return {
      workflows: workflowsOf(groups),
      children: (states) =>
        direct.map(({ path: _path, ...child }) => ({
          ...child,
          totals: totalsOfCounted(ofChild.get(child.id)!, states),
        })),
      rollup: (own, states) =>
        totalsOfCounted([...own.map((entry) => ({ entry, count: 1 })), ...countedOnce], states),
    };
  }

  /**
   * A unit's region is its own division code's, else the nearest one on its parent's path: the
   * units on those paths are few (a region's 30,000 bureaus have a dozen parents), read at once.
   */
  private async regions(groups: RollupGroup[]): Promise<(g: RollupGroup) => string[]> {
    const parentPaths = new Set<string>();
    for (const g of groups) if (g.parentPath !== null) parentPaths.add(g.parentPath);
    const facts = parentPaths.size ? await this.unitsFacts.factsOf(idsOnPaths(parentPaths)) : new Map();
    const ofParent = new Map<string, string[]>();
    return (g) => {
      const own = g.unitDivisionCode;
      if (own && own.length >= 2) return [own.slice(0, 2)];
      const parentPath = g.parentPath ?? '';
      let regions = ofParent.get(parentPath);
      if (!regions) {
        regions = regionsOf(parentPath, facts);
        ofParent.set(parentPath, regions);
      }
      return regions;
    };
  }
}

/**
 * One group's state, light and progress, by the board's own rules (stateSeenByCampaign,
 * rollupEntryOf). An instant counts only by which side of the due day's end it falls on, so the
 * group stands for its targets with the day's last millisecond (in time) or the one after (late).
 */
function entryOf(
  g: RollupGroup,
  regions: string[],
  context: { now: Date; today: LocalDate; counter: WorkingDayCounter },
  campaignWithdrawn: boolean,
): Entry {
  const dueEnd = endOfDayInstant(g.dueDate).getTime();
  const instant = (inByDueDay: boolean | null) =>
    inByDueDay === null ? null : new Date(inByDueDay ? dueEnd : dueEnd + 1);
  const seen = stateSeenByCampaign({
    state: g.state,
    // As the board: a report sent elsewhere and never here is 未报送本任务 (board-receipts.ts).
    leftUnit: leftItsUnit(g.workflowId, g.workflowVersion, g.state),
    submittedAt: instant(g.reportInByDueDay),
    receiptStatus: g.receiptStatus,
    receiptCreatedAt: instant(g.receiptInByDueDay),
    hasReceipts: g.hasReceipts,
    campaignWithdrawn,
  });
  return rollupEntryOf(
    {
      state: seen.state,
      workflowId: g.workflowId,
      workflowVersion: g.workflowVersion,
      submittedAt: seen.submittedAt,
      dueDate: g.dueDate,
      regions,
    },
    context,
  );
}

function workflowsOf(groups: RollupGroup[]): Array<{ id: string; version: number }> {
  const found = new Map<string, { id: string; version: number }>();
  for (const g of groups) {
    const key = `${g.workflowId}@${g.workflowVersion}`;
    if (!found.has(key)) found.set(key, { id: g.workflowId, version: g.workflowVersion });
  }
  return [...found.values()];
}
