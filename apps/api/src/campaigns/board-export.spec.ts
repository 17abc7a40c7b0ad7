import ExcelJS from 'exceljs';
import { EXPORT_HEADERS, neutraliseFormula, toCsv, toXlsx } from './board-export';
import { totalsOf } from './board-rows';

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
  });
});
