import type { BoardRow, Unit, UnitLevel } from '../../api/openapi.gen';
import { areaOf } from '../../levelWords';
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

/**
 * Per area one level below the issuer (the prefectures of a region, the counties of a prefecture):
 * while its due date has not passed, the share already submitted (an area not yet due is not 0%
 * late); once it has, the share submitted on time. The issuer's own departments form 本级部门.
 */
export function onTimeByArea(
  rows: BoardRow[],
  units: Map<string, Unit>,
  today: string,
  issuerLevel: UnitLevel,
) {
  const groups = new Map<string, BoardRow[]>();
  for (const row of rows) {
    const key = areaOf(row.unit.id, units, issuerLevel);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .map(([label, group]) => {
      const notYetDue = beforeDue(group, today);
      const counted = group.filter((r) =>
        notYetDue ? r.submitted : r.progress === 'submitted_on_time',
      ).length;
      return {
        label,
        rate: counted / group.length,
        detail: notYetDue
          ? `已报送 ${counted}/${group.length}（未到截止日）`
          : `按时 ${counted}/${group.length}`,
      };
    })
    .sort((a, b) => b.rate - a.rate || a.label.localeCompare(b.label, 'zh-CN'));
}

const DAY = 86_400_000;

/**
 * Units overdue at the end of each day, from two weeks before the first due date (or 30 days ago)
 * to today: due before that day and not submitted by then. Derived from the rows' dates.
 */
export function overdueTrend(rows: BoardRow[], today: string, maxDays = 45) {
  const end = Date.parse(today);
  const firstDue = Math.min(...rows.map((r) => Date.parse(r.dueDate)));
  const start = Math.max(
    end - (maxDays - 1) * DAY,
    Math.min(end - 29 * DAY, (Number.isFinite(firstDue) ? firstDue : end) - 14 * DAY),
  );
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
