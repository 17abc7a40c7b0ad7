import type { BoardRow } from '../../api/openapi.gen';
import { beijingDay, formatBeijingDateTime } from '../../components/dates';

/** 催办 applies to a unit that has not reported to this campaign, or whose report it returned. */
export const waitsForUnit = (row: Pick<BoardRow, 'receipt'>) =>
  row.receipt === null || row.receipt === 'returned';

/** "今日已催办 10:30" when the row was pressed today (China date), else null. */
export function urgedTodayText(row: Pick<BoardRow, 'lastUrgedAt'>, today: string): string | null {
  if (!row.lastUrgedAt || beijingDay(row.lastUrgedAt) !== today) return null;
  return `今日已催办 ${formatBeijingDateTime(row.lastUrgedAt).slice(11)}`;
}
