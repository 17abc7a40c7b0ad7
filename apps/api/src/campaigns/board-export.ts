import ExcelJS from 'exceljs';
import { chinaDateTimeShort, chinaDateTimeText, localDateOf } from '@app/calendar';
import { xmlSafe } from '@app/content';
import type { UnitKind } from '@app/directory';
import type { BoardRow, BoardTotals, Light, Progress } from './board-rows';

/** Column headers in Chinese, as the coordinators' own spreadsheets have them. */
export const EXPORT_HEADERS = [
  '单位',
  '单位类型',
  '信号灯',
  '报送情况',
  '当前环节',
  '办理人',
  '环节期限',
  '截止日期',
  '剩余/逾期工作日',
  '报送时间',
  '是否按时报送',
  '本任务退回次数',
  '延期情况',
] as const;

const LIGHT_LABEL: Record<Light, string> = { green: '绿', yellow: '黄', red: '红' };
export const PROGRESS_LABEL: Record<Progress, string> = {
  submitted_on_time: '按时报送',
  submitted_late: '逾期报送',
  on_track: '正常推进',
  due_soon: '即将到期',
  overdue: '已逾期',
};
// Typed by UnitKind, so a kind added to the directory fails tsc here until it has its word (a scenario
// test, stop 49: 党委 rows printed party_committee).
const KIND_LABEL: Record<UnitKind, string> = {
  government: '政府',
  department: '部门',
  justice_bureau: '司法行政机关',
  other: '其他',
  party_committee: '党委',
  congress_standing_committee: '人大常委会',
  rule_of_law_office: '依法治X办',
};

/** The board as a table of strings: one source for CSV and XLSX, so both show the same rows. */
export function exportTable(rows: BoardRow[]): string[][] {
  return [
    [...EXPORT_HEADERS],
    ...rows.map((row) => [
      row.unit.name,
      KIND_LABEL[row.unit.kind as UnitKind] ?? row.unit.kind,
      LIGHT_LABEL[row.light],
      PROGRESS_LABEL[row.progress],
      row.stage,
      row.holders.names.join('、'),
      row.stageDueAt ? localDateOf(new Date(row.stageDueAt)) : '',
      row.dueDate,
      row.workingDaysOverdue !== null
        ? `逾期${row.workingDaysOverdue}`
        : row.workingDaysLeft !== null
          ? `剩余${row.workingDaysLeft}`
          : '',
      row.submittedAt ? chinaDateTimeShort(new Date(row.submittedAt)) : '',
      row.submittedOnTime === null ? '' : row.submittedOnTime ? '是' : '否',
      String(row.returnCount),
      row.extended ? `已延期（原${row.originalDueDate}）` : row.pendingExtensionId ? '延期申请中' : '',
    ]),
  ];
}

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab/CR that some programs
 * strip first) gets an apostrophe in front: unit names and holder names are user input.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark, so Excel opens the Chinese correctly; CRLF line ends (RFC 4180). */
export function toCsv(table: string[][]): Buffer {
  const text = table.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** A spreadsheet row without the characters XML cannot carry (xmlSafe); numbers stay numbers. */
export function xmlSafeRow<T extends string | number>(line: readonly T[]): T[] {
  return line.map((cell) => (typeof cell === 'string' ? (xmlSafe(cell) as T) : cell));
}

/**
 * The columns the office totals or sorts: counts as numbers, dates and Beijing times as date cells
 * (a walk, stop 49: Excel said 以文本形式存储的数字, and neither SUM nor a sort by date worked).
 * By header, so a column added to the table keeps its text unless named here.
 */
type CellType = 'count' | 'date' | 'dateTime';
const CELL_TYPE_OF: Record<string, CellType> = {
  环节期限: 'date',
  截止日期: 'date',
  报送时间: 'dateTime',
  本任务退回次数: 'count',
  按通知日期逾期工作日: 'count',
  按延期后日期逾期工作日: 'count',
  公开日期: 'date',
};
const NUMBER_FORMAT: Record<CellType, string | undefined> = {
  count: undefined,
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
};

/**
 * One cell as its column's type; anything that does not read as that type (an empty cell, a note)
 * stays the text it was. A spreadsheet has no time zone: a Beijing date or time is written as that
 * wall-clock reading (a UTC Date with the same fields), which Excel shows unchanged.
 */
export function typedCell(cell: string, type: CellType | undefined): string | number | Date {
  if (type === 'count') return /^\d{1,9}$/.test(cell) ? Number(cell) : cell;
  if (type === 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : cell;
  }
  if (type === 'dateTime') {
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(cell);
    return m
      ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])))
      : cell;
  }
  return cell;
}

/** Two sheets: the board (报送进度) and its totals (汇总). Strings stay strings, never formulas. */
export async function toXlsx(
  table: string[][],
  totals: BoardTotals,
  meta: {
    title: string;
    generatedAt: Date;
    moreTotals?: Array<[string, string | number]>;
    /** No target's due date has passed: the rate is 未到期, with how many have reported so far. */
    notYetDue?: boolean;
  },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ReportFlow';
  workbook.created = meta.generatedAt;
  const sheet = workbook.addWorksheet('报送进度', { views: [{ state: 'frozen', ySplit: 1 }] });
  // A title or unit name stored with a character XML cannot carry must not break sharedStrings.xml.
  const [headers = [], ...boardLines] = table;
  sheet.addRow(xmlSafeRow(headers));
  const typed = headers.map((header) => CELL_TYPE_OF[header]);
  for (const line of boardLines) sheet.addRow(xmlSafeRow(line).map((cell, i) => typedCell(cell, typed[i])));
  headers.forEach((_, i) => {
    const format = typed[i] && NUMBER_FORMAT[typed[i]];
    if (format) sheet.getColumn(i + 1).numFmt = format;
  });
  sheet.getRow(1).font = { bold: true };
  if (headers.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 || i === 5 ? 28 : 14;
  });
  const summary = workbook.addWorksheet('汇总');
  const lines: Array<[string, string | number]> = [
    ['报送任务', meta.title],
    ['应报单位数', totals.targets],
    ['已报送', totals.submitted],
    ['按时报送', totals.submittedOnTime],
    ['逾期报送', totals.submittedLate],
    ['已逾期未报', totals.overdue],
    [
      '按时报送率',
      meta.notYetDue
        ? `未到期（已报送 ${totals.submitted}/${totals.targets}）`
        : totals.onTimeRate === null
          ? ''
          : `${(totals.onTimeRate * 100).toFixed(1)}%`,
    ],
    ...(meta.moreTotals ?? []),
    // When the figures were true, as the coordinator's office reads the clock.
    ['导出时间', chinaDateTimeText(meta.generatedAt)],
  ];
  for (const line of lines) summary.addRow(xmlSafeRow(line));
  summary.getColumn(1).width = 16;
  summary.getColumn(2).width = 40;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
