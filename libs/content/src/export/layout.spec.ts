import { Block, chineseDate, layoutReport, writtenAddressee } from './layout';
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

  it('never prints markdown emphasis: a bold Word paragraph or a pasted **…** prints as its words', () => {
    const sections = {
      ...emptySections(),
      measures:
        '一、主要举措和成效\n**（一）强化法治学习**\n**全年查处违法案件133起。**\n（二）**规范执法**。全年培训2次。',
      shortcomings: '二、**存在的不足和原因**\n装备不足。',
    };
    const blocks = layoutReport({ ...base, sections });
    expect(blocks.filter((b) => b.text.includes('*'))).toEqual([]);
    expect(kinds(blocks, 'heading2')).toEqual(['（一）强化法治学习', '（二）规范执法。全年培训2次。']);
    expect(blocks.find((b) => b.text.startsWith('（二）'))?.headLength).toBe('（二）规范执法。'.length);
    expect(kinds(blocks, 'body')).toContain('全年查处违法案件133起。');
    expect(kinds(blocks, 'heading1').slice(0, 2)).toEqual(['一、主要举措和成效', '二、存在的不足和原因']);
  });

  it('reads a heading numbered with a half-width dot (一.) as the section’s heading, printed once', () => {
    const sections = {
      ...emptySections(),
      measures: '一.主要举措和成效\n全年培训12次.',
      shortcomings: '**二.存在的不足和原因**\n装备不足.',
      nextYearPlan: '四. 下一步工作打算\n继续培训.',
    };
    const printed = layoutReport({ ...base, sections }).map((b) => b.text);
    expect(printed.filter((t) => /主要举措和成效|存在的不足和原因|下一步工作打算/.test(t))).toEqual([
      '一、主要举措和成效',
      '二、存在的不足和原因',
      '四、下一步工作打算',
    ]);
    expect(printed).toContain('全年培训12次。');
  });

  it('keeps the drafter’s 落款 when a contact line (附注) follows it, and prints that line after the date', () => {
    const sections = {
      ...emptySections(),
      nextYearPlan:
        '四、下一年度工作安排\n继续培训。\n吉木萨尔县交通运输局\n2026年1月22日\n（联系人：李明，联系电话：0994-1234567）',
    };
    const blocks = layoutReport({ ...base, sections });
    expect(kinds(blocks, 'signature')).toEqual(['吉木萨尔县交通运输局', '2026年1月22日']);
    expect(blocks.at(-1)).toEqual({ kind: 'body', text: '（联系人：李明，联系电话：0994-1234567）' });
    expect(blocks.filter((b) => b.text === '2025年1月5日')).toEqual([]);
  });

  it('prints any bracketed note under the date as a note, and a plan’s last lines as body (review, stop 55)', () => {
    const noted = layoutReport({
      ...base,
      sections: { ...emptySections(), other: '无。\n呼图壁县司法局\n2026年12月7日\n（此件公开发布）' },
    });
    expect(kinds(noted, 'signature')).toEqual(['呼图壁县司法局', '2026年12月7日']);
    expect(noted.at(-1)).toEqual({ kind: 'body', text: '（此件公开发布）' });
    const plan = layoutReport({
      ...base,
      sections: {
        ...emptySections(),
        nextYearPlan: '四、下一步工作安排\n责任单位：县司法局\n（2027年底前完成）',
      },
    });
    expect(kinds(plan, 'signature')).toEqual(['某局', '2025年1月5日']);
    expect(kinds(plan, 'body')).toEqual(expect.arrayContaining(['责任单位：县司法局', '（2027年底前完成）']));
  });

  it('lays out a report whose headings lost their numbers and whose items enumerate with 一是…二是', () => {
    const text = [
      '某局2025年法治政府建设年度报告',
      '',
      '2025年，我局深入推进依法行政，现将工作情况报告如下：',
      '',
      '主要举措和成效',
      '一是强化理论武装。全年集中学习10次。',
      '二是规范执法行为。全年执法检查286次。',
      '',
      '存在的不足和原因',
      '一是法治宣传教育不够深入；二是执法装备相对落后。',
      '',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '局主要负责人坚持把法治建设摆在重要位置，全年专题研究部署法治建设工作3次。',
      '',
      '下一步工作打算',
      '一是持续深化法治学习教育；二是加快执法装备更新。',
    ].join('\n');
    const imported = importReportText(text);
    expect(imported.missing).toEqual([5]);
    expect(imported.sections.shortcomings).toContain('一是法治宣传教育不够深入');
    expect(imported.sections.nextYearPlan).toContain('一是持续深化法治学习教育');
    const printed = layoutReport({ ...base, sections: imported.sections })
      .filter((b) => b.kind !== 'title' && b.kind !== 'signature')
      .map((b) => `${b.kind}: ${b.text}`);
    expect(printed).toEqual([
      'body: 2025年，我局深入推进依法行政，现将工作情况报告如下：',
      'heading1: 一、主要举措和成效',
      'body: 一是强化理论武装。全年集中学习10次。',
      'body: 二是规范执法行为。全年执法检查286次。',
      'heading1: 二、存在的不足和原因',
      'body: 一是法治宣传教育不够深入；二是执法装备相对落后。',
      'heading1: 三、党政主要负责人履行推进法治建设第一责任人职责情况',
      'body: 局主要负责人坚持把法治建设摆在重要位置，全年专题研究部署法治建设工作3次。',
      'heading1: 四、下一步工作打算',
      'body: 一是持续深化法治学习教育；二是加快执法装备更新。',
    ]);
  });

  it('prints item 3 found inside item 1 under its own words, without its old （五）', () => {
    const sections = {
      ...emptySections(),
      measures: '一、主要举措和成效\n（一）加强组织领导。成立领导小组。',
      leadersDuty:
        '（五）切实履行党政主要负责人推进法治建设第一责任人职责\n局党组书记切实履行第一责任人职责。',
    };
    const headings = kinds(layoutReport({ ...base, sections }), 'heading1');
    expect(headings[2]).toBe('三、切实履行党政主要负责人推进法治建设第一责任人职责');
  });

  it('prints a line a sentence carried on (、谁公示…) as that sentence’s, not as a heading 二、 (external QA, stop 57)', () => {
    const sections = {
      ...emptySections(),
      measures:
        '一、主要举措和成效\n（一）严格执法\n按照“谁执法\n、谁公示、谁负责”的原则，及时录入行政处罚信息。\n落实执法全过程记录（八五普法\n）通过线上学习提升素质。',
      shortcomings: '二、存在问题\n装备不足。',
    };
    const blocks = layoutReport({ ...base, sections });
    expect(kinds(blocks, 'heading1').slice(0, 2)).toEqual(['一、主要举措和成效', '二、存在问题']);
    expect(kinds(blocks, 'heading2')).toEqual(['（一）严格执法']);
    expect(blocks.map((b) => b.text)).toContain('、谁公示、谁负责”的原则，及时录入行政处罚信息。');
    // After a finished paragraph the mark alone still opens a heading whose number was lost.
    const lost = layoutReport({
      ...base,
      sections: { ...emptySections(), measures: '一、主要举措和成效\n正文。\n、存在问题\n装备不足。' },
    });
    expect(kinds(lost, 'heading1')).toContain('二、存在问题');
  });

  it('prints the 附件说明 above the drafter’s 落款 and the attachments after it, one 落款 only (external QA, stop 57)', () => {
    const text = [
      '一、主要举措和成效',
      '全年办理行政处罚案件208件。',
      '二、存在问题',
      '装备不足。',
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '局长带头学法。',
      '四、下一步计划',
      '继续培训。',
      '',
      '附件：1.2026年度行政执法案件统计表',
      '      2.法律顾问审查意见书',
      '',
      'QA县交通运输局',
      '2027年2月10日',
      '',
      '附件1',
      '2026年度行政执法案件统计表',
      '类别\t件数',
      '行政处罚\t208',
    ].join('\n');
    const imported = importReportText(text);
    expect(imported.sections.nextYearPlan).toBe('四、下一步计划\n继续培训。');
    expect(imported.signature).toContain('QA县交通运输局');
    expect(imported.year).toBe(2026);
    const printed = layoutReport({ ...base, sections: imported.sections }).map((b) => [b.kind, b.text]);
    const at = (text: string) => printed.findIndex(([, t]) => t === text);
    expect(printed.filter(([kind]) => kind === 'signature')).toEqual([
      ['signature', 'QA县交通运输局'],
      ['signature', '2027年2月10日'],
    ]);
    expect(at('附件：1.2026年度行政执法案件统计表')).toBeLessThan(at('QA县交通运输局'));
    expect(at('附件：1.2026年度行政执法案件统计表')).toBeGreaterThan(at('继续培训。'));
    expect(at('附件1')).toBeGreaterThan(at('2027年2月10日'));
    expect(at('行政处罚\t208')).toBeGreaterThan(at('附件1'));
    // An attachment with headings of its own is still an attachment, not item 5 (review, stop 57).
    const withHeadings = importReportText(`${text}\n一、执法人员名单\n张三\n二、培训记录\n3次`);
    expect(withHeadings.sections.nextYearPlan).toBe('四、下一步计划\n继续培训。');
    expect(withHeadings.sections.other).toContain('QA县交通运输局\n2027年2月10日');
    expect(withHeadings.sections.other).toContain('二、培训记录');
  });

  it('takes a 落款 dated in figures that ends an earlier item as the text’s own (review, stop 57)', () => {
    const sections = {
      ...emptySections(),
      nextYearPlan: '四、下一步计划\n继续培训。\n某局\n2025.1.18',
      other: '五、其他需要报告的情况\n无。',
    };
    const printed = layoutReport({ ...base, sections });
    expect(printed.filter((b) => b.kind === 'signature').map((b) => b.text)).toEqual(['某局', '2025.1.18']);
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
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
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

  it('signs a joint 党委+政府 report with both units, the party committee first', () => {
    const blocks = layoutReport({
      title: '中共呼图壁县委员会 呼图壁县人民政府关于2025年度法治政府建设情况的报告',
      unitName: '呼图壁县人民政府',
      coReportingUnitName: '中共呼图壁县委员会',
      date: '2026-02-20',
      sections: { ...emptySections(), measures: '一、主要举措和成效\n正文。' },
    });
    expect(kinds(blocks, 'title')).toEqual([
      '中共呼图壁县委员会 呼图壁县人民政府关于2025年度法治政府建设情况的报告',
    ]);
    expect(kinds(blocks, 'signature')).toEqual(['中共呼图壁县委员会', '呼图壁县人民政府', '2026年2月20日']);
  });

  it('uses the report’s own signature and drops an item 5 that held only it', () => {
    const r = importReportText(readFixture('baodi'));
    const blocks = layoutReport({ ...base, sections: r.sections });
    expect(kinds(blocks, 'heading1')).toHaveLength(4);
    expect(kinds(blocks, 'signature')).toEqual(['天津市宝坻区交通局', '2024年1月']);
  });

  it('prints a 落款 written at the end of item 4, with item 5 after it, once and at the end', () => {
    const sections = {
      ...emptySections(),
      measures: '一、主要举措和成效\n正文。',
      nextYearPlan: '四、下一年度的主要安排\n继续推进。\n某县交通运输局\n2025年1月20日',
      other: '五、其他需要报告的情况\n无。',
    };
    const blocks = layoutReport({ ...base, sections });
    expect(kinds(blocks, 'signature')).toEqual(['某县交通运输局', '2025年1月20日']);
    expect(
      blocks.map((b) => b.text).filter((t) => t === '某县交通运输局' || t === '2025年1月20日'),
    ).toHaveLength(2);
    expect(blocks.slice(-2).map((b) => b.kind)).toEqual(['signature', 'signature']);
    expect(kinds(blocks, 'body')).toEqual(['正文。', '继续推进。', '无。']);
  });

  it('keeps a lone date that closes an earlier item in the body', () => {
    const sections = {
      ...emptySections(),
      measures: '一、主要举措和成效\n正文。\n2024年12月',
      other: '五、其他需要报告的情况\n无。',
    };
    const blocks = layoutReport({ ...base, sections });
    expect(kinds(blocks, 'signature')).toEqual(['某局', '2025年1月5日']);
    expect(kinds(blocks, 'body')).toContain('2024年12月');
  });

  it('numbers the Changji headings by position: item 3 moved out of item 1 no longer makes 三、三', () => {
    const r = importReportText(readFixture('changji'));
    const headings = kinds(layoutReport({ ...base, sections: r.sections }), 'heading1');
    expect(headings).toEqual([
      '一、2021年法治政府建设情况',
      '二、存在的问题和建议',
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、2022年主要工作思路及措施',
    ]);
  });

  it('numbers the Lanshan headings 一二三四 in position, its own wording kept', () => {
    const r = importReportText(readFixture('lanshan'));
    const headings = kinds(layoutReport({ ...base, sections: r.sections }), 'heading1');
    expect(headings).toEqual([
      '一、2024年推进法治政府建设的主要举措和成效',
      '二、存在问题',
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、下一步计划',
    ]);
  });

  it('turns a pasted “三、…不足及原因” in item 2 into its heading 二, printed once (was 一、三、三、四、五)', () => {
    const sections = {
      measures: '一、主要举措和成效\n全年开展执法培训12次。',
      shortcomings: '三、存在的不足及原因\n执法装备不足。',
      leadersDuty: '主要负责人带头学法。',
      nextYearPlan: '四、下一年度工作安排\n继续培训。',
      other: '无。',
    };
    const blocks = layoutReport({ ...base, sections });
    expect(kinds(blocks, 'heading1')).toEqual([
      '一、主要举措和成效',
      '二、存在的不足及原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、下一年度工作安排',
      '五、其他需要报告的情况',
    ]);
    expect(blocks.filter((b) => b.text.includes('不足及原因'))).toHaveLength(1);
  });

  it.each([
    ['the regulation’s wording', '党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况'],
    ['its usual short form', '党政主要负责人履行推进法治建设第一责任人职责情况'],
    // Forms between the two (review, stop 55: each was printed under the statutory heading again).
    ['a form with 、', '党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况'],
    ['a form with 和', '党政主要负责人履行推进法治建设第一责任人职责和加强法治政府建设情况'],
    ['a form without 的有关', '党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设情况'],
  ])('takes item 3 headed unnumbered by %s as its heading, printed once', (_, heading) => {
    // The regulation's wording has a comma and is longer than a short heading: it was printed below
    // the statutory heading as a second one.
    const sections = { ...emptySections(), leadersDuty: `${heading}\n主要负责人带头学法。` };
    const blocks = layoutReport({ ...base, sections });
    expect(kinds(blocks, 'heading1').filter((h) => h.startsWith('三、'))).toEqual([`三、${heading}`]);
    expect(blocks.filter((b) => b.text.includes('第一责任人职责'))).toHaveLength(1);
  });

  it('uses an unnumbered first line that names the section as its heading, not as a second one', () => {
    const sections = { ...emptySections(), shortcomings: '存在的不足和原因\n执法装备不足。' };
    const texts = layoutReport({ ...base, sections }).map((b) => b.text);
    expect(texts.filter((t) => t.includes('存在的不足和原因'))).toEqual(['二、存在的不足和原因']);
  });

  it('numbers a second top-level heading inside a section on, so the numbers never repeat', () => {
    const sections = {
      ...emptySections(),
      measures: '一、主要举措\n正文。\n二、主要成效\n正文。',
      shortcomings: '二、存在问题\n装备不足。',
    };
    expect(kinds(layoutReport({ ...base, sections }), 'heading1').slice(0, 3)).toEqual([
      '一、主要举措',
      '二、主要成效',
      '三、存在问题',
    ]);
  });

  it('prints the items in the order given, numbered by position (item 3 first)', () => {
    const r = importReportText(readFixture('baodi'));
    const blocks = layoutReport({ ...base, sections: r.sections }, { itemOrder: [3, 1, 2, 4, 5] });
    expect(kinds(blocks, 'heading1')).toEqual([
      '一、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设有关情况',
      '二、2023年度推进法治政府建设的主要举措和成效',
      '三、2023年度推进法治政府建设存在的不足和原因',
      '四、2024年推进法治政府建设主要工作思路',
    ]);
    expect(kinds(blocks, 'signature')).toEqual(['天津市宝坻区交通局', '2024年1月']);
  });
});

describe('layoutReport: dispatch parts (GB/T 9704)', () => {
  const sections = { ...emptySections(), measures: '全年开展执法培训12次。' };
  const dispatch = {
    documentNumber: '宝交发〔2024〕3号',
    signer: '张明',
    addressees: ['区人民政府'],
    copiesTo: ['区委依法治区办', '区司法局'],
    issuedBy: '宝坻区交通局办公室',
    printDate: '2024-01-16',
  };

  it('prints 文号 with 签发人, the 主送 line after the title and the 版记 last', () => {
    const blocks = layoutReport({ ...base, sections }, { dispatch });
    expect(blocks[0]).toEqual({ kind: 'documentNumber', text: '宝交发〔2024〕3号', right: '签发人：张明' });
    expect(blocks[1].kind).toBe('title');
    expect(blocks[2]).toEqual({ kind: 'addressee', text: '区人民政府：' });
    expect(blocks.slice(-2)).toEqual([
      { kind: 'imprint', text: '抄送：区委依法治区办，区司法局。' },
      { kind: 'imprint', text: '宝坻区交通局办公室', right: '2024年1月16日印发' },
    ]);
  });

  it('leaves out each unknown part cleanly', () => {
    const blocks = layoutReport({ ...base, sections }, { dispatch: { issuedBy: '某局办公室' } });
    expect(blocks.map((b) => b.kind)).not.toContain('documentNumber');
    expect(blocks.map((b) => b.kind)).not.toContain('addressee');
    expect(blocks.at(-1)).toEqual({ kind: 'imprint', text: '某局办公室' });
    expect(layoutReport({ ...base, sections }).map((b) => b.kind)).not.toContain('imprint');
  });

  it('does not print a second 主送 line when the drafter wrote one', () => {
    const r = importReportText(readFixture('baodi'));
    const blocks = layoutReport({ ...base, sections: r.sections }, { dispatch });
    expect(kinds(blocks, 'addressee')).toEqual(['区人民政府：']);
  });
});

describe('writtenAddressee', () => {
  it('is the 主送 line the drafter typed above the first heading, which the 公文 prints', () => {
    const sections = {
      ...emptySections(),
      measures: `${base.title}\n县委、县人大常委会：\n现将有关情况报告如下：\n一、2024年主要举措和成效\n正文。`,
    };
    expect(writtenAddressee({ title: base.title, sections })).toBe('县委、县人大常委会：');
    expect(
      kinds(
        layoutReport(
          { ...base, sections },
          { dispatch: { issuedBy: '某局', addressees: ['州委', '州政府'] } },
        ),
        'addressee',
      ),
    ).toEqual(['县委、县人大常委会：']);
  });

  it('is null when the text names nobody (the 公文 prints the campaigns’ 主送)', () => {
    const sections = { ...emptySections(), measures: '一、2024年主要举措和成效\n正文。' };
    expect(writtenAddressee({ title: base.title, sections })).toBeNull();
  });
});
