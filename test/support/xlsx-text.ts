import type ExcelJS from 'exceljs';

/**
 * A worksheet's rows as the text a reader sees: numbers as written, date cells in their number
 * format (yyyy-mm-dd, or with hh:mm), empty cells as ''. The board's XLSX writes counts and dates
 * as typed cells; comparing them with the CSV needs them read back as text.
 */
export function sheetText(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(cellText(row.getCell(i)));
    rows.push(cells);
  });
  return rows;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return cell.numFmt?.includes('hh') ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
  }
  return String(value);
}
