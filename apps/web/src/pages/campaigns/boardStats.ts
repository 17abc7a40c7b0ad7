import type { BoardRow, Unit, UnitLevel } from '../../api/openapi.gen';
import { areaOf, OWN_LEVEL_AREA } from '../../levelWords';
import { beijingDay } from '../../components/dates';

/** No unit's due date has passed yet (the due day itself still counts as in time). */
export const beforeDue = (rows: BoardRow[], today: string): boolean => rows.every((r) => r.dueDate >= today);

/**
 * The headline rate. Before the due date an "on-time rate" of 33% three months early only alarms:
 * what is known is how many have already reported (已报送率). After it, the on-time rate.
 */
export function headlineRate(
  rows: BoardRow[],
  totals: { targets: number; submitted: number; onTimeRate: number | null },
  today: string,
): { label: '已报送率' | '按时报送率'; rate: number | null } {
  if (beforeDue(rows, today)) {
    return { label: '已报送率', rate: totals.targets ? totals.submitted / totals.targets : null };
  }
  return { label: '按时报送率', rate: totals.onTimeRate };
}

/** One area's row of the chart: a rate once its due date has passed; null (未到期, no bar) before. */
export interface AreaFigure {
  label: string;
  rate: number | null;
  detail: string;
  /** The progress of the campaign the area forwarded below (下级任务 3/5), when it did. */
  below?: string;
}

/**
 * Per area one level below the issuer (the prefectures of a region, the counties of a prefecture):
 * once its due date has passed, the share submitted on time. An area not yet due gets no bar (a 0%
 * bar months early reads as failure, #19 item 6): it says 未到期 and how many have reported so far.
 * The issuer's own level (its departments, its government, its 党委) forms 本级单位.
 */
export function onTimeByArea(
  rows: BoardRow[],
  units: Map<string, Unit>,
  today: string,
  issuerLevel: UnitLevel,
  cascades: CascadeFigures[] = [],
): AreaFigure[] {
  const groups = new Map<string, BoardRow[]>();
  for (const row of rows) {
    const key = areaOf(row.unit.id, units, issuerLevel);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const below = cascadesByArea(cascades, units, issuerLevel);
  return [...groups.entries()]
    .map(([label, group]): AreaFigure => {
      const cascade = below.get(label);
      const forwarded = cascade ? { below: `下级任务 ${cascade.submitted}/${cascade.targets}` } : {};
      if (beforeDue(group, today)) {
        const submitted = group.filter((r) => r.submitted).length;
        return { label, rate: null, detail: `未到期，已报送 ${submitted}/${group.length}`, ...forwarded };
      }
      const onTime = group.filter((r) => r.progress === 'submitted_on_time').length;
      return { label, rate: onTime / group.length, detail: `按时 ${onTime}/${group.length}`, ...forwarded };
    })
    .sort(
      (a, b) =>
        // Areas with a rate first, highest first; those not yet due after them, by name.
        (b.rate ?? -1) - (a.rate ?? -1) || a.label.localeCompare(b.label, 'zh-CN'),
    );
}

/** A campaign forwarded below (逐级下发): who forwarded it and how far its own targets are. */
export interface CascadeFigures {
  issuingUnit: { id: string };
  totals: { targets: number; submitted: number };
}

/**
 * The forwarded campaigns' progress per area. A county at 0/1 while the campaign its office
 * forwarded to the county's bureaus stood at 3/5 read as a county that had done nothing (a walk,
 * stop 50): the area's figure says both.
 */
function cascadesByArea(
  cascades: CascadeFigures[],
  units: Map<string, Unit>,
  issuerLevel: UnitLevel,
): Map<string, { targets: number; submitted: number }> {
  const byArea = new Map<string, { targets: number; submitted: number }>();
  for (const cascade of cascades) {
    const key = areaOf(cascade.issuingUnit.id, units, issuerLevel);
    const sum = byArea.get(key) ?? { targets: 0, submitted: 0 };
    byArea.set(key, {
      targets: sum.targets + cascade.totals.targets,
      submitted: sum.submitted + cascade.totals.submitted,
    });
  }
  return byArea;
}

const DAY = 86_400_000;

/**
 * The first day the campaign existed: its notice's 发文日期, or the day it was entered if that is
 * later (a notice dated before it was entered did not exist in the system before).
 */
export function campaignStartDay(campaign: { createdAt: string; notice: { issuedOn: string } }): string {
  const entered = beijingDay(campaign.createdAt);
  return campaign.notice.issuedOn > entered ? campaign.notice.issuedOn : entered;
}

/**
 * Units overdue at the end of each day, from two weeks before the first due date (or 30 days ago)
 * to today, but never before the campaign existed (`startDay`, walk P14: the line began on a day
 * before it was issued): due before that day and not submitted by then. Derived from the rows' dates.
 */
export function overdueTrend(rows: BoardRow[], today: string, startDay?: string, maxDays = 45) {
  const end = Date.parse(today);
  const firstDue = Math.min(...rows.map((r) => Date.parse(r.dueDate)));
  const span = Math.max(
    end - (maxDays - 1) * DAY,
    Math.min(end - 29 * DAY, (Number.isFinite(firstDue) ? firstDue : end) - 14 * DAY),
  );
  const issued = startDay ? Date.parse(startDay) : Number.NaN;
  // Today at least (a browser whose clock is behind the campaign's day still shows today).
  const start = Math.min(end, Number.isFinite(issued) ? Math.max(span, issued) : span);
  const points: Array<{ label: string; value: number }> = [];
  for (let t = start; t <= end; t += DAY) {
    const day = new Date(t).toISOString().slice(0, 10);
    const value = rows.filter(
      (r) => r.dueDate < day && (r.submittedAt === null || beijingDay(r.submittedAt) > day),
    ).length;
    points.push({ label: day.slice(5), value });
  }
  return points;
}

/**
 * Whom the areas panel is about: the areas below the issuer (各县（市、区）), or 本级各单位 when every
 * target is a department of the issuer's own level. A county office asking its county's bureaus has no
 * 乡镇 among them, and its panel was titled 各乡镇报送情况 (walk, stop 39).
 */
export function areasPanelSubject(figures: AreaFigure[], areasBelow: string): string {
  return figures.length > 0 && figures.every((f) => f.label === OWN_LEVEL_AREA) ? '本级各单位' : areasBelow;
}

/** The board's word for a report in drafting with nothing saved yet (board-rows.ts NOT_STARTED). */
export const NOT_STARTED_STAGE = '未起草';

/**
 * 各环节进度's bars by state, with the units that have not started (未起草: drafting, no revision
 * saved) apart from those drafting: the chart counted them 起草中 while the rows said 未起草 (a walk,
 * stop 55). `not_started` comes right before `drafting`; the counts still add up to the targets.
 */
export function stageCounts(
  byState: Record<string, number>,
  rows: ReadonlyArray<Pick<BoardRow, 'state' | 'stage'>>,
): Array<[state: string, count: number]> {
  const notStarted = rows.filter((r) => r.state === 'drafting' && r.stage === NOT_STARTED_STAGE).length;
  return Object.entries(byState).flatMap(([state, count]): Array<[string, number]> =>
    state === 'drafting' && notStarted > 0
      ? [
          ['not_started', notStarted],
          ['drafting', Math.max(0, count - notStarted)],
        ]
      : [[state, count]],
  );
}
