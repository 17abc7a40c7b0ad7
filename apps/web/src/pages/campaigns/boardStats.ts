import type { BoardRow, Unit } from '../../api/openapi.gen';
import { beijingDay } from '../../components/common';

/** The county-level government a unit belongs to (itself, or its nearest such ancestor); else its level's label. */
export function countyOf(unitId: string, units: Map<string, Unit>): string {
  let unit = units.get(unitId);
  while (unit) {
    if (unit.level === 'county' && unit.kind === 'government') return unit.name;
    unit = unit.parentId ? units.get(unit.parentId) : undefined;
  }
  return '本级部门';
}

/** On-time rate per county: reports submitted on time / all targets of that county. */
export function onTimeByCounty(rows: BoardRow[], units: Map<string, Unit>) {
  const groups = new Map<string, { total: number; onTime: number }>();
  for (const row of rows) {
    const key = countyOf(row.unit.id, units);
    const g = groups.get(key) ?? { total: 0, onTime: 0 };
    g.total++;
    if (row.progress === 'submitted_on_time') g.onTime++;
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([label, g]) => ({
      label,
      rate: g.total ? g.onTime / g.total : 0,
      detail: `${g.onTime}/${g.total}`,
    }))
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
