import { applyDocumentFixes, checkDocument } from './document-check';
import { layoutReport } from './layout';
import { importReportText } from '../import-text';
import { emptySections } from '../types';
import { readFixture } from '../../test/fixtures';

const pasted = {
  title: '某局2024年法治政府建设情况报告',
  sections: {
    measures: '一、主要举措和成效\n全年开展执法培训12次。',
    shortcomings: '三、存在的不足及原因\n执法装备不足。',
    leadersDuty: '主要负责人带头学法。',
    nextYearPlan: '四、下一年度工作安排\n继续培训。',
    other: '无。',
  },
};
const headingsOf = (report: typeof pasted) =>
  layoutReport({ ...report, unitName: '某局', date: '2025-01-05' })
    .filter((b) => b.kind === 'heading1')
    .map((b) => b.text);

describe('checkDocument', () => {
  it('names the 不予公开 markers the public version would refuse, in the drafter’s words, and no others', () => {
    const sections = {
      ...emptySections(),
      measures: '一、主要举措\n【不予公开】案件细节【/不予公开】已办结。',
    };
    expect(checkDocument({ title: '年度报告', sections }).withholdMarkers).toEqual([]);
    const unclosed = { ...sections, other: '五、其他\n【不予公开】当事人信息' };
    expect(checkDocument({ title: '年度报告', sections: unclosed }).withholdMarkers).toEqual([
      {
        where: 'other',
        line: 2,
        kind: 'unclosed',
        near: '【不予公开】',
        message: expect.stringMatching(/^第五项.*第2行“【不予公开】”处【不予公开】缺少对应的【\/不予公开】$/),
      },
    ]);
  });

  it('finds the pasted 三、 in item 2 and proposes 二、, the rest of the line as written', () => {
    const check = checkDocument(pasted);
    expect(check.headings).toEqual([
      expect.objectContaining({
        item: 2,
        section: 'shortcomings',
        line: 1,
        problem: 'misnumbered',
        written: '三、存在的不足及原因',
        printedAs: '二、存在的不足及原因',
        fix: { action: 'replace', text: '二、存在的不足及原因' },
      }),
    ]);
    expect(check.headings[0].message).toContain('第二部分');
  });

  it('finds the Changji plan written 三、 that prints as 四、 (item 3 was moved out of item 1)', () => {
    const r = importReportText(readFixture('changji'));
    const check = checkDocument({ title: r.title ?? '', sections: r.sections });
    expect(check.headings.map((h) => [h.section, h.written, h.printedAs])).toEqual([
      ['nextYearPlan', '三、2022年主要工作思路及措施', '四、2022年主要工作思路及措施'],
      // …and item 1's run now starts at （二） (a walk, stop 56): each is offered the number it should take.
      ...['深入贯彻', '全面推行', '正确履行', '健全平安', '加快推进'].map((start, i) => [
        'measures',
        expect.stringMatching(new RegExp(`^（${'二三四五六'[i]}）${start}[^。]*。$`)),
        expect.stringMatching(new RegExp(`^（${'二三四五六'[i]}）${start}`)),
      ]),
    ]);
    expect(check.headings[1].fix).toMatchObject({ text: expect.stringMatching(/^（一）深入贯彻/) });
  });

  it('lists the Baodi debris and punctuation before export, and the four headings that lost their number', () => {
    const r = importReportText(readFixture('baodi'));
    const check = checkDocument({ title: r.title ?? '', sections: r.sections });
    // （一） ）加强… 完善制度体系 （四） （五） 规范执法行为 ）强化执法监管 ）强化安全管理 ）落实普法责任
    expect(check.headings.map((h) => [h.problem, h.fix])).toEqual([
      ['number_lost', { action: 'replace', text: '（二）加强组织领导,落实法治责任' }],
      ['number_lost', { action: 'replace', text: '（七）强化执法监管,加大行业整治力度' }],
      ['number_lost', { action: 'replace', text: '（八）强化安全管理,保障行业安全稳定' }],
      ['number_lost', { action: 'replace', text: '（九）落实普法责任,扩展普法渠道' }],
    ]);
    expect(check.removals).toEqual([
      expect.objectContaining({
        section: 'measures',
        reason: 'page_source_line',
        text: expect.stringMatching(/^来源/),
      }),
    ]);
    expect(check.punctuationChanges).toBeGreaterThan(30);
  });

  it('numbers against the order asked for: item 3 first makes item 1 the second part', () => {
    const check = checkDocument(pasted, [3, 1, 2, 4, 5]);
    // Item 2 is printed third: its pasted 三、 is right in this order.
    expect(check.headings.map((h) => [h.section, h.printedAs])).toEqual([['measures', '二、主要举措和成效']]);
  });

  it('flags a heading that repeats the section title further down, and one that opens another topic', () => {
    const sections = {
      ...emptySections(),
      shortcomings:
        '二、存在的不足和原因\n装备不足。\n二、存在的不足和原因\n人员偏少。\n三、下一步打算\n继续培训。',
    };
    const check = checkDocument({ title: 't', sections });
    expect(check.headings.map((h) => [h.line, h.problem, h.printedAs, h.fix])).toEqual([
      [3, 'duplicated', '三、存在的不足和原因', { action: 'remove' }],
      [5, 'extra_heading', '四、下一步打算', { action: 'replace', text: '四、下一步打算' }],
    ]);
  });

  it('reads headings as the export does: debris above the heading does not hide it', () => {
    const sections = { ...pasted.sections, shortcomings: `浏览次数：386\n${pasted.sections.shortcomings}` };
    expect(checkDocument({ ...pasted, sections }).headings).toEqual([
      expect.objectContaining({
        line: 2,
        problem: 'misnumbered',
        fix: { action: 'replace', text: '二、存在的不足及原因' },
      }),
    ]);
  });

  it('takes a second heading of the same item for a heading of its own, not a repetition to delete', () => {
    const sections = { ...emptySections(), measures: '一、主要举措\n正文。\n二、主要成效\n正文。' };
    expect(checkDocument({ title: 't', sections }).headings).toEqual([
      expect.objectContaining({ line: 3, problem: 'extra_heading', printedAs: '二、主要成效', fix: null }),
    ]);
  });
});

describe('applyDocumentFixes', () => {
  it('renumbers the pasted heading so that the stored text says what the export prints', () => {
    const fixed = applyDocumentFixes(pasted, { headings: true, cleanup: false });
    expect(fixed.sections.shortcomings).toBe('二、存在的不足及原因\n执法装备不足。');
    expect(fixed.headingFixes).toBe(1);
    expect(checkDocument(fixed).headings).toEqual([]);
    expect(headingsOf(fixed)).toEqual(headingsOf(pasted));
  });

  it('moves a section title standing below text to the top, keeping every other line', () => {
    const sections = { ...emptySections(), shortcomings: '装备不足。\n二、存在的不足和原因\n人员偏少。' };
    const fixed = applyDocumentFixes({ title: 't', sections }, { headings: true, cleanup: false });
    expect(fixed.sections.shortcomings).toBe('二、存在的不足和原因\n装备不足。\n人员偏少。');
  });

  it('removes the debris and sets full-width punctuation only when cleanup is asked for', () => {
    const r = importReportText(readFixture('baodi'));
    const report = { title: r.title ?? '', sections: r.sections };
    const headingsOnly = applyDocumentFixes(report, { headings: true, cleanup: false });
    expect(headingsOnly.sections.measures).toContain('来源');
    expect(headingsOnly.headingFixes).toBe(4);
    const cleaned = applyDocumentFixes(report, { headings: false, cleanup: true });
    expect(cleaned.sections.measures).not.toContain('来源');
    expect(cleaned.sections.measures).toContain('区人民政府：');
    expect(cleaned.removals).toBe(1);
  });
});

describe('checkDocument: a second-level heading whose number was lost (external QA, stop 53)', () => {
  const report = {
    title: '某局2024年法治政府建设情况报告',
    sections: {
      ...emptySections(),
      measures:
        '一、主要举措和成效\n（一）加强组织领导\n正文。\n)健全制度体系\n正文。\n（三）严格规范执法\n正文。',
    },
  };

  it('offers the number the run asks for, and the fix puts it back', () => {
    const [issue] = checkDocument(report).headings;
    expect(issue).toMatchObject({
      section: 'measures',
      line: 4,
      problem: 'number_lost',
      written: ')健全制度体系',
      printedAs: '）健全制度体系',
      fix: { action: 'replace', text: '（二）健全制度体系' },
    });
    expect(issue.message).toContain('建议补为“（二）”');
    const fixed = applyDocumentFixes(report, { headings: true, cleanup: false });
    expect(fixed.sections.measures.split('\n')[3]).toBe('（二）健全制度体系');
    expect(checkDocument(fixed).headings).toEqual([]);
  });
});

describe('checkDocument: a run of second-level headings out of order (a walk, stop 56)', () => {
  // The import moved （一）…第一责任人职责 to item 3: item 1's run starts at （二）.
  const moved = {
    title: '某局2026年法治政府建设情况报告',
    sections: {
      ...emptySections(),
      measures:
        '一、主要举措和成效\n**（二）完善制度体系**\n制定规范性文件3件。\n（三）严格规范执法\n开展培训。\n二、其他举措\n（一）加强宣传\n（二）加强监督',
    },
  };

  it('names each heading of the run that is not where its number says, with the number it should take', () => {
    const issues = checkDocument(moved).headings.filter((h) => h.problem === 'misnumbered');
    expect(issues.map((h) => [h.line, h.written, h.fix])).toEqual([
      [2, '**（二）完善制度体系**', { action: 'replace', text: '**（一）完善制度体系**' }],
      [4, '（三）严格规范执法', { action: 'replace', text: '（二）严格规范执法' }],
    ]);
    expect(issues[0].message).toContain('从（二）开始');
  });

  it('the fix renumbers the run and leaves a run in order alone', () => {
    const fixed = applyDocumentFixes(moved, { headings: true, cleanup: false });
    expect(fixed.sections.measures.split('\n')).toEqual([
      '一、主要举措和成效',
      '**（一）完善制度体系**',
      '制定规范性文件3件。',
      '（二）严格规范执法',
      '开展培训。',
      '二、其他举措',
      '（一）加强宣传',
      '（二）加强监督',
    ]);
    expect(
      checkDocument({ ...moved, sections: fixed.sections }).headings.filter(
        (h) => h.problem === 'misnumbered',
      ),
    ).toEqual([]);
  });
});
