import ExcelJS from 'exceljs';
import { EXPORT_HEADERS, exportTable, neutraliseFormula, toCsv, toXlsx } from './board-export';
import { totalsOf, type BoardRow } from './board-rows';

describe('board exports', () => {
  it('writes UTF-8 CSV with a BOM, quotes what needs quoting, and neutralises formulas', () => {
    const csv = toCsv([
      ['单位', '办理人'],
      ['=HYPERLINK("http://x")', '张三、李四'],
      ['a,b', 'say "hi"'],
      ['@SUM(A1)', '-1+1'],
    ]);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe(
      '单位,办理人\r\n"\'=HYPERLINK(""http://x"")",张三、李四\r\n"a,b","say ""hi"""\r\n\'@SUM(A1),\'-1+1\r\n',
    );
    expect(neutraliseFormula('+86 0994')).toBe("'+86 0994");
    expect(neutraliseFormula('\tcmd')).toBe("'\tcmd");
    expect(neutraliseFormula('昌吉州')).toBe('昌吉州');
  });

  it('writes an XLSX whose first sheet reads back as the same table', async () => {
    const table = [[...EXPORT_HEADERS], EXPORT_HEADERS.map((_, i) => (i === 0 ? '=1+1' : `值${i}`))];
    const buffer = await toXlsx(table, totalsOf([], []), { title: '测试', generatedAt: new Date(0) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('报送进度')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...EXPORT_HEADERS]);
    // A string stays a string: never evaluated as a formula.
    expect(sheet.getCell('A2').value).toBe('=1+1');
    expect(workbook.getWorksheet('汇总')!.getCell('B2').value).toBe(0);
    // new Date(0) is 08:00 on 1 January 1970 in Beijing.
    const summary = workbook.getWorksheet('汇总')!;
    const exported = (summary.getSheetValues() as unknown[][]).find((row) => row?.[1] === '导出时间');
    expect(exported?.[2]).toBe('1970-01-01 08:00（北京时间）');
  });

  it('writes counts as numbers and dates as dates, so the office can total and sort them', async () => {
    const header = [...EXPORT_HEADERS];
    const line = header.map((name) =>
      name === '本任务退回次数'
        ? '2'
        : name === '截止日期'
          ? '2027-02-26'
          : name === '报送时间'
            ? '2027-01-01 00:30'
            : name === '环节期限'
              ? ''
              : `值-${name}`,
    );
    const buffer = await toXlsx([header, line], totalsOf([], []), {
      title: '测试',
      generatedAt: new Date(0),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('报送进度')!;
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name as never) + 1);
    expect(cell('本任务退回次数').value).toBe(2);
    expect(cell('截止日期').value).toEqual(new Date(Date.UTC(2027, 1, 26)));
    expect(cell('截止日期').numFmt).toBe('yyyy-mm-dd');
    // The Beijing wall-clock time, as written: a spreadsheet has no time zone.
    expect(cell('报送时间').value).toEqual(new Date(Date.UTC(2027, 0, 1, 0, 30)));
    expect(cell('环节期限').value).toBe('');
    expect(cell('单位').value).toBe('值-单位');
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('shows times in Beijing time: a submission late on 31 December UTC is 1 January in China', () => {
    const row: BoardRow = {
      unit: { id: 'u1', name: '呼图壁县交通运输局', kind: 'department', level: 'county' },
      reportId: 'r1',
      state: 'submitted',
      stage: '已报送',
      holders: { roles: [], names: [] },
      stageDueAt: '2026-12-09T15:59:59.999Z',
      stageWorkingDaysLeft: 4,
      dueDate: '2027-02-26' as BoardRow['dueDate'],
      originalDueDate: '2027-02-26' as BoardRow['dueDate'],
      extended: false,
      pendingExtensionId: null,
      light: 'green',
      progress: 'submitted_on_time',
      workingDaysLeft: null,
      workingDaysOverdue: null,
      submitted: true,
      submittedAt: '2026-12-31T16:30:00.000Z',
      submittedOnTime: true,
      returnCount: 0,
      receipt: null,
    };
    const [, cells] = exportTable([row]);
    const column = (header: string) =>
      cells[EXPORT_HEADERS.indexOf(header as (typeof EXPORT_HEADERS)[number])];
    expect(column('报送时间')).toBe('2027-01-01 00:30');
    expect(column('环节期限')).toBe('2026-12-09');
  });
});
