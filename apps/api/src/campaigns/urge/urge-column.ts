import { chinaDateTimeShort } from '@app/calendar';

/** The exports' 最近催办 column: the latest press by hand (China time) and the count, empty if never pressed. */
export function withUrgeColumn(
  table: string[][],
  rows: ReadonlyArray<{ lastUrgedAt: string | null; urgeCount: number }>,
): string[][] {
  const [headers, ...lines] = table;
  return [[...headers, '最近催办'], ...lines.map((line, i) => [...line, urgeText(rows[i])])];
}

export function urgeText(row: { lastUrgedAt: string | null; urgeCount: number }): string {
  if (!row.lastUrgedAt) return '';
  return `${chinaDateTimeShort(new Date(row.lastUrgedAt))}（共${row.urgeCount}次）`;
}
