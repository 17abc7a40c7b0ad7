import { Block, chineseDate, layoutReport } from './layout';
import { importReportText } from '../import-text';
import { emptySections } from '../types';
import { readFixture } from '../../test/fixtures';

const kinds = (blocks: Block[], kind: Block['kind']) =>
  blocks.filter((b) => b.kind === kind).map((b) => b.text);
const base = { title: '某局2024年法治政府建设情况报告', unitName: '某局', date: '2025-01-05' };

describe('chineseDate', () => {
  it('writes the date as GB/T 9704 does', () => {
    expect(chineseDate('2024-01-15')).toBe('2024年1月15日');
    expect(chineseDate('2025-12-01')).toBe('2025年12月1日');
  });
  it.each(['2024-02-30', '2024-13-01', '2024-1-15', '15.01.2024', ''])('refuses %p', (d) => {
    expect(() => chineseDate(d)).toThrow(RangeError);
  });
});

describe('layoutReport', () => {
  it('prints the title once when item 1 starts with it, and the preamble before the first heading', () => {
    const sections = {
      ...emptySections(),
      measures: `${base.title}\n\n区人民政府：\n现将有关情况报告如下：\n一、2024年主要举措和成效\n（一）加强领导\n正文。`,
    };
    const blocks = layoutReport({ ...base, sections });
    expect(blocks.slice(0, 6)).toEqual([
      { kind: 'title', text: base.title },
      { kind: 'addressee', text: '区人民政府：' },
      { kind: 'body', text: '现将有关情况报告如下：' },
      { kind: 'heading1', text: '一、2024年主要举措和成效' },
      { kind: 'heading2', text: '（一）加强领导' },
      { kind: 'body', text: '正文。' },
    ]);
  });

  it('generates a numbered heading only for a section without its own', () => {
    const sections = {
      ...emptySections(),
      shortcomings: '二、存在问题\n装备不足。',
      nextYearPlan: '继续培训。',
    };
    const headings = kinds(layoutReport({ ...base, sections }), 'heading1');
    expect(headings).toEqual([
      '一、主要举措和成效',
      '二、存在问题',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '四、下一年度推进法治政府建设的主要安排',
    ]);
  });

  it('prints item 5 when it has text, and the given signature when the text has none', () => {
    const blocks = layoutReport({
      ...base,
      sections: { ...emptySections(), other: '无其他需要报告的情况。' },
    });
    expect(kinds(blocks, 'heading1')).toHaveLength(5);
    expect(kinds(blocks, 'heading1')[4]).toBe('五、其他需要报告的情况');
    expect(kinds(blocks, 'signature')).toEqual(['某局', '2025年1月5日']);
  });

  it('uses the report’s own signature and drops an item 5 that held only it', () => {
    const r = importReportText(readFixture('baodi'));
    const blocks = layoutReport({ ...base, sections: r.sections });
    expect(kinds(blocks, 'heading1')).toHaveLength(4);
    expect(kinds(blocks, 'signature')).toEqual(['天津市宝坻区交通局', '2024年1月']);
  });

  it('keeps the drafter’s numbering as written (item 3 moved out of item 1 in Changji)', () => {
    const r = importReportText(readFixture('changji'));
    const headings = kinds(layoutReport({ ...base, sections: r.sections }), 'heading1');
    expect(headings).toEqual([
      '一、2021年法治政府建设情况',
      '二、存在的问题和建议',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '三、2022年主要工作思路及措施',
    ]);
  });
});
