import { importReportText } from './import-text';
import { DocumentRejectedError } from './docx/errors';
import { readFixture } from '../test/fixtures';
import { ImportResult, SECTION_KEYS } from './types';
import { layoutReport } from './export/layout';

/** The mapping as [kind, item, line, heading] rows, for section-by-section assertions. */
const rows = (r: ImportResult) => r.mapping.map((m) => [m.kind, m.item, m.line, m.heading]);

const nonBlankLines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

const compactText = (s: string) => s.normalize('NFKC').replace(/\s+|\*\*/g, '');

/**
 * Nothing lost, nothing doubled: every non-blank input line is in exactly one section, except page numbers,
 * which are reported in removedLines, and the lines of the title, which is r.title (and said in a notice).
 * A sentence a page break cut in two is one line again, so the sections hold the lines' text, character
 * for character, rather than the lines themselves.
 */
function expectNothingLost(text: string, r: ImportResult) {
  const sections = compactText(SECTION_KEYS.map((k) => r.sections[k]).join(''));
  const sectionLines = SECTION_KEYS.flatMap((k) => nonBlankLines(r.sections[k]));
  const asWritten = new Set(sectionLines);
  const inputLines = new Set(nonBlankLines(text));
  // Lines of the sections that are no input line: two halves of a sentence joined again.
  const joined = sectionLines.filter((l) => !inputLines.has(l)).map(compactText);
  const inSections = (l: string) => asWritten.has(l) || joined.some((j) => j.includes(compactText(l)));
  const removed = new Set(r.removedLines.map((l) => l.text.trim()));
  const kept = nonBlankLines(text).filter((l) => !removed.has(l));
  const titleLines = kept.filter((l) => !inSections(l));
  for (const line of titleLines) expect(compactText(r.title ?? '')).toContain(compactText(line));
  if (titleLines.length > 0) expect(r.notices.map((n) => n.code)).toContain('title_moved');
  const intoSections = kept.filter((l) => !titleLines.includes(l));
  expect(sections.length).toBe(intoSections.reduce((n, l) => n + compactText(l).length, 0));
}

describe('importReportText on the real reports', () => {
  describe('Baodi district transport bureau 2023 (item 3 as its own section, numbers lost in item 1)', () => {
    const text = readFixture('baodi');
    const r = importReportText(text);

    it('reads title, unit and year', () => {
      expect(r.title).toBe('宝坻区交通局2023年法治政府建设情况报告');
      expect(r.unitName).toBe('天津市宝坻区交通局'); // from the signature, the fuller official form
      expect(r.year).toBe(2023);
    });

    it('maps every top-level section to its item', () => {
      expect(rows(r)).toEqual([
        ['preamble', 1, 3, '来源:天津市宝坻区交通局 发布时间:2024-01-25 15:35'],
        ['section', 1, 14, '一、2023年度推进法治政府建设的主要举措和成效'],
        ['section', 2, 52, '二、2023年度推进法治政府建设存在的不足和原因'],
        [
          'section',
          3,
          66,
          '三、2023年度党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设有关情况',
        ],
        ['section', 4, 80, '四、2024年推进法治政府建设主要工作思路'],
        ['signature', 5, 94, '天津市宝坻区交通局'],
      ]);
      expect(r.missing).toEqual([5]);
      for (const m of r.mapping.filter((x) => x.kind === 'section'))
        expect(m.confidence).toBeGreaterThanOrEqual(0.9);
    });

    it('puts each block in its section', () => {
      const { measures, shortcomings, leadersDuty, nextYearPlan, other } = r.sections;
      // The web page's title (line 1) and the document's own, split over lines 6 and 8, are the title.
      expect(nonBlankLines(measures).slice(0, 3)).toEqual([
        '来源:天津市宝坻区交通局 发布时间:2024-01-25 15:35',
        '区人民政府:',
        '按照《法治政府建设与责任落实督察工作规定》和区司法局《关于做好2023年度法治政府建设情况报告的工作通知》要求,现就我单位法治政府建设有关情况报告如下:',
      ]);
      expect(measures).toContain('完善制度体系,夯实法治基础'); // bare heading stays in item 1
      expect(measures).toContain(')落实普法责任,扩展普法渠道');
      expect(shortcomings.startsWith('二、2023年度推进法治政府建设存在的不足和原因')).toBe(true);
      expect(shortcomings.endsWith('事前事中事后闭环管理也需进一步完善和加强。')).toBe(true);
      expect(leadersDuty.startsWith('三、')).toBe(true);
      expect(leadersDuty).toContain('(三)依法行政履职及能力建设情况');
      expect(nextYearPlan.startsWith('四、2024年推进法治政府建设主要工作思路')).toBe(true);
      expect(nextYearPlan).toContain('(六)进一步加大执法监督力度');
      expect(nextYearPlan).not.toContain('天津市宝坻区交通局');
      expect(other.replace(/\s+/g, ' ').trim()).toBe('天津市宝坻区交通局 2024年1月');
      expect(r.signature).toBeDefined();
    });

    it('loses nothing', () => expectNothingLost(text, r));
  });

  describe('Changji prefecture transport bureau 2021 (item 3 inside item 1)', () => {
    const text = readFixture('changji');
    const r = importReportText(text);

    it('reads title, unit and year', () => {
      expect(r.title).toBe('昌吉州交通运输局2021年法治政府建设工作报告');
      expect(r.unitName).toBe('昌吉州交通运输局');
      expect(r.year).toBe(2021);
    });

    it('maps every top-level section and finds item 3 as a sub-heading of item 1', () => {
      expect(rows(r)).toEqual([
        ['preamble', 1, 6, expect.stringMatching(/^根据昌吉回族自治州人民政府办公室/)],
        ['section', 1, 7, '一、2021年法治政府建设情况'],
        [
          'subsection',
          3,
          8,
          '（一）深入学习贯彻习近平法治思想，落实党政主要负责人切实履行推进法治建设第一责任人职责。',
        ],
        ['section', 2, 14, '二、存在的问题和建议'],
        ['section', 4, 16, '三、2022年主要工作思路及措施'],
      ]);
      expect(r.missing).toEqual([5]);
      const item3 = r.mapping.find((m) => m.item === 3);
      expect(item3?.confidence).toBe(0.8);
      // "2022年主要工作思路及措施" in a 2021 report: the year makes it next year's plan.
      expect(r.mapping.find((m) => m.item === 4)?.reason).toContain('2022年');
    });

    it('moves the item-3 sub-section out of item 1', () => {
      const { measures, shortcomings, leadersDuty, nextYearPlan, other } = r.sections;
      expect(leadersDuty.startsWith('（一）深入学习贯彻习近平法治思想')).toBe(true);
      expect(leadersDuty).toContain('学习人数达130余人次。');
      expect(measures).not.toContain('（一）深入学习贯彻习近平法治思想');
      expect(measures).toContain('一、2021年法治政府建设情况\n（二）深入贯彻《自治区法治宣传教育条例》');
      expect(measures).toContain('（六）加快推进“互联网+”监管执法');
      expect(shortcomings.startsWith('二、存在的问题和建议\n全州交通运输行政执法队伍')).toBe(true);
      expect(nextYearPlan.split('\n')).toHaveLength(7); // heading + (一)…(六)
      expect(other).toBe('');
    });

    it('loses nothing', () => expectNothingLost(text, r));
  });

  describe('Lanshan county transport bureau 2024 (no explicit item 3)', () => {
    const text = readFixture('lanshan');
    const r = importReportText(text);

    it('reads title, unit and year', () => {
      expect(r.title).toBe('2024年蓝山县交通运输局法治政府建设工作情况');
      expect(r.unitName).toBe('蓝山县交通运输局');
      expect(r.year).toBe(2024);
    });

    it('maps every top-level section; item 3 is found only with low confidence', () => {
      expect(rows(r)).toEqual([
        ['preamble', 1, 3, expect.stringMatching(/^2024年以来，在县委、县政府的正确领导下/)],
        ['section', 1, 4, '一、2024年推进法治政府建设的主要举措和成效'],
        ['subsection', 3, 6, '1、落实法治建设工作机制。'],
        ['section', 2, 17, '二、存在问题'],
        ['section', 4, 19, '三、下一步计划'],
      ]);
      // No heading names the first-responsibility duty; the paragraph on the party secretary personally
      // directing rule-of-law work (亲自部署…亲自督办) is the candidate, flagged for the drafter to confirm.
      const item3 = r.mapping.find((m) => m.item === 3);
      expect(item3?.confidence).toBeLessThan(0.7);
      expect(item3?.reason).toContain('请核对');
      expect(r.missing).toEqual([5]);
    });

    it('puts each block in its section', () => {
      const { measures, shortcomings, leadersDuty, nextYearPlan } = r.sections;
      expect(leadersDuty).toBe(
        '1、落实法治建设工作机制。局党组书记对法治政府建设重要工作亲自部署、重大问题亲自过问、重要环节亲自协调、重要案件亲自督办，不定期听取法治建设工作汇报。2024年召开党组会研究学习法治建设问题2次。',
      );
      expect(measures).toContain('2、在各项重大行政决策的过程中');
      expect(measures).toContain('（四）加强行业普法，推进交通运输法治文化建设');
      expect(shortcomings).toContain('（二）交通执法存在较大压力。');
      expect(nextYearPlan).toContain('（四）全面落实普法责任制。');
    });

    it('loses nothing', () => expectNothingLost(text, r));
  });
});

describe('importReportText on messy drafts', () => {
  it('reads markdown bold, a heading split across a page break and a number alone on its line', () => {
    const text = [
      '**关于2023年度法治政府建设情况的报告**',
      '',
      '**一、主要举措和成效**',
      '（一）完善制度体系。全年制定规范性文件3件。',
      '**二、存在的不足**',
      '执法力量不足，专业人才缺乏。',
      '三、党政主要负责人履行推进法治建设第一责任人',
      '',
      '- 3 -',
      '',
      '职责情况',
      '局主要负责人亲自部署法治建设工作。',
      '四、',
      '下一年度法治政府建设的工作计划',
      '（一）加强执法队伍建设。',
      '五、关于疫情防控的专项说明',
      '本年度无此类事项。',
    ].join('\n');
    const r = importReportText(text);
    expect(rows(r)).toEqual([
      ['section', 1, 3, '**一、主要举措和成效**'],
      ['section', 2, 5, '**二、存在的不足**'],
      ['section', 3, 7, '三、党政主要负责人履行推进法治建设第一责任人职责情况'],
      ['section', 4, 13, '四、下一年度法治政府建设的工作计划'],
      ['section', 5, 16, '五、关于疫情防控的专项说明'],
    ]);
    expect(r.year).toBe(2023);
    expect(r.removedLines).toEqual([{ line: 9, text: '- 3 -' }]);
    // A heading is never glued to what follows the page break, even one the break cut.
    expect(r.sections.leadersDuty).toBe(
      '三、党政主要负责人履行推进法治建设第一责任人\n\n职责情况\n局主要负责人亲自部署法治建设工作。',
    );
    expect(r.mapping.find((m) => m.item === 5)?.confidence).toBeLessThan(0.5); // unrecognised: fell through to 5
    expect(r.missing).toEqual([]);
  });

  it('promotes unnumbered headings that clearly name an item', () => {
    const text = [
      '一、2023年主要举措和成效',
      '全年办理行政许可624件，网上办理率100%。',
      '存在问题',
      '执法队伍年龄偏大，专业人才缺乏。',
      '下一步计划',
      '加强执法队伍建设，推进互联网+监管。',
    ].join('\n');
    const r = importReportText(text);
    expect(rows(r)).toEqual([
      ['section', 1, 1, '一、2023年主要举措和成效'],
      ['section', 2, 3, '存在问题'],
      ['section', 4, 5, '下一步计划'],
    ]);
    expect(r.missing).toEqual([3, 5]);
    for (const m of r.mapping.slice(1)) expect(m.reason).toContain('标题无序号');
  });

  it('keeps text without any heading in item 1 and says so', () => {
    const r = importReportText('今年我局认真推进法治政府建设。\n全年开展普法活动12次。');
    expect(r.sections.measures).toBe('今年我局认真推进法治政府建设。\n全年开展普法活动12次。');
    expect(r.mapping).toHaveLength(1);
    expect(r.mapping[0].confidence).toBeLessThan(0.5);
    expect(r.missing).toEqual([1, 2, 3, 4, 5]);
  });

  it('uses 1. headings as top level when a draft has no 一、', () => {
    const text = [
      '1.主要举措和成效',
      '（1）完善制度。正文。',
      '2.存在的问题和原因',
      '正文。',
      '3.2024年工作计划',
      '正文。',
    ].join('\n');
    expect(rows(importReportText(text)).map((x) => x[1])).toEqual([1, 2, 4]);
  });

  it('handles Windows line endings and full-width digits', () => {
    const r = importReportText(
      '２０２３年某县交通运输局法治政府建设情况报告\r\n一、主要举措和成效\r\n正文。\r\n二、存在问题\r\n正文。',
    );
    expect(r.year).toBe(2023);
    expect(r.unitName).toBe('某县交通运输局');
    expect(rows(r).map((x) => x[1])).toEqual([1, 2]); // the title line is the title, no preamble left
  });

  it('files the 落款 in item 5 when a bracketed note follows the date (a walk, stop 55: it stayed in item 4)', () => {
    const text = [
      '一、主要举措和成效',
      '正文。',
      '三、2027年推进法治政府建设主要工作思路',
      '1.推进乡镇合法性审查全覆盖。',
      '',
      '呼图壁县司法局',
      '2026年12月7日',
      '（此件公开发布）',
    ].join('\n');
    const r = importReportText(text);
    expect(r.sections.nextYearPlan).not.toContain('呼图壁县司法局');
    expect(r.sections.other).toContain('呼图壁县司法局\n2026年12月7日\n（此件公开发布）');
    expect(r.unitName).toBe('呼图壁县司法局');
    expectNothingLost(text, r);
  });

  describe('item 3 headed in the regulation’s full wording, unnumbered (a walk, stop 55)', () => {
    const ITEM_3 = '党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况';
    const DUTY = '县委书记、县长带头学法，主持召开县委全面依法治县委员会会议2次。';
    const POINT_2 = '2.深化行政执法规范化建设。开展行政执法案卷评查2次，评查案卷120卷。';

    it('in its own place: item 3, not a paragraph of item 2', () => {
      const r = importReportText(
        [
          '某县2026年法治政府建设年度报告',
          '一、主要举措和成效',
          '1.健全依法决策机制。全年召开常务会议审议重大行政决策事项6项。',
          POINT_2,
          '二、存在的不足和原因',
          '行政执法人员专业素质有待提高。',
          ITEM_3,
          DUTY,
          '四、下一年度推进法治政府建设的主要安排',
          '一是完善依法决策机制。',
        ].join('\n'),
      );
      expect(r.sections.leadersDuty).toContain(DUTY);
      expect(r.sections.shortcomings).not.toContain(DUTY);
      expect(r.missing).not.toContain(3);
    });

    it('inside item 1: moved out with its paragraph, item 1 keeping its point 2', () => {
      const r = importReportText(
        [
          '某县2026年法治政府建设年度报告',
          '一、主要举措和成效',
          '1.健全依法决策机制。全年召开常务会议审议重大行政决策事项6项。',
          POINT_2,
          ITEM_3,
          DUTY,
          '二、存在的不足和原因',
          '行政执法人员专业素质有待提高。',
        ].join('\n'),
      );
      expect(r.sections.measures).toContain(POINT_2);
      expect(r.sections.leadersDuty).toContain(DUTY);
      expect(r.sections.leadersDuty).not.toContain(POINT_2);
    });
  });

  it('copes with empty input', () => {
    for (const text of ['', '\n  \n', '- 1 -']) {
      const r = importReportText(text);
      expect(SECTION_KEYS.map((k) => r.sections[k])).toEqual(['', '', '', '', '']);
      expect(r.missing).toEqual([1, 2, 3, 4, 5]);
    }
  });

  describe.each(['baodi', 'changji', 'lanshan'] as const)('the %s report, re-typed messily', (name) => {
    const text = readFixture(name);
    const clean = importReportText(text);
    // Page numbers between paragraphs every 5 lines, top-level headings in markdown bold, CRLF line ends.
    const messy = text
      .split('\n')
      .map((line) => (/^\s*[一二三四五]、/.test(line) ? `**${line.trim()}**` : line))
      .flatMap((line, i) => (i > 0 && i % 5 === 0 ? ['', `- ${i / 5} -`, '', line] : [line]))
      .join('\r\n');
    const r = importReportText(messy);

    it('maps the same items from the same headings', () => {
      const items = (x: ImportResult) => x.mapping.map((m) => [m.kind, m.item, m.confidence]);
      expect(items(r)).toEqual(items(clean));
      expect(r.removedLines.length).toBeGreaterThan(2);
    });

    it('loses nothing', () => expectNothingLost(messy, r));
  });
});

describe('importReportText: abbreviated next-step headings (issue #14 item 8)', () => {
  it.each([
    ['三、整改措施及下步打算', '二、存在问题'],
    ['四、存在问题及整改措施和下一步工作打算', '二、存在的问题和不足'],
    ['三、下步工作思路', '二、存在的问题和不足'],
    ['三、今后工作打算', '二、存在的不足和原因'],
    ['三、明年工作计划', '二、存在问题'],
    ['三、下一年度工作安排', '二、存在问题'],
  ])('maps "%s" to item 4', (plan, problems) => {
    const text = [
      '某县交通运输局2024年法治政府建设情况报告',
      '一、主要举措和成效',
      '全年开展执法培训三次。',
      problems,
      '执法力量不足。',
      plan,
      '继续加强执法队伍建设。',
    ].join('\n');
    const r = importReportText(text);
    expect(r.mapping.filter((m) => m.kind === 'section').map((m) => `${m.item}:${m.heading}`)).toContain(
      `4:${plan}`,
    );
    expect(r.sections.nextYearPlan).toContain('继续加强执法队伍建设。');
    expect(r.sections.other).toBe('');
  });
});

describe('importReportText: problems and plans under one heading (存在的问题及下一步工作打算)', () => {
  const text = (problemsHeading: string) =>
    [
      '奇台县交通运输局2025年度法治政府建设工作报告',
      '一、2025年法治政府建设工作开展情况',
      '（一）强化组织保障。制定年度工作要点，细化任务18项。',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '局长作为第一责任人，年内主持召开专题会议4次。',
      '三、存在的问题及下一步工作打算',
      `${problemsHeading}一是部分执法人员依法行政意识有待加强；二是执法装备不足。`,
      '（二）下一步工作打算。一是加强执法人员培训；二是争取更新执法车辆3台。',
      '（三）加强督促检查。',
    ].join('\n');

  it('files its “（一）存在的问题” under item 2, and the plans under item 4 (item 2 was called missing)', () => {
    const r = importReportText(text('（一）存在的问题。'));
    expect(r.missing).toEqual([5]);
    expect(r.sections.shortcomings).toBe(
      '（一）存在的问题。一是部分执法人员依法行政意识有待加强；二是执法装备不足。',
    );
    expect(r.sections.nextYearPlan).toContain('（二）下一步工作打算。一是加强执法人员培训');
    expect(r.sections.nextYearPlan).toContain('（三）加强督促检查。');
    expect(r.sections.nextYearPlan).not.toContain('部分执法人员');
    expect(r.mapping.find((m) => m.item === 2)).toMatchObject({
      kind: 'subsection',
      heading: expect.stringMatching(/^（一）存在的问题/),
    });
  });

  it('moves nothing when no sub-heading names the problems', () => {
    const r = importReportText(text('（一）工作中还有差距。'));
    expect(r.missing).toEqual([2, 5]);
    expect(r.sections.nextYearPlan).toContain('部分执法人员');
  });
});

describe('importReportText: the report year, from title, else body, else the closing date', () => {
  const body = ['一、主要举措和成效', '全年开展执法培训三次。', '二、存在问题', '执法力量不足。'];

  it('from the title, surely', () => {
    const r = importReportText(
      ['某县交通运输局2024年法治政府建设情况报告', ...body, '某县交通运输局', '2025年1月10日'].join('\n'),
    );
    expect(r).toMatchObject({ year: 2024, yearBasis: { source: 'title', confidence: 0.95 } });
  });

  it('from a top-level heading when the title names none', () => {
    const r = importReportText(
      [
        '关于法治政府建设情况的报告',
        '一、2023年主要举措和成效',
        '正文。',
        '二、2024年工作思路',
        '正文。',
      ].join('\n'),
    );
    expect(r).toMatchObject({ year: 2023, yearBasis: { source: 'body', confidence: 0.8 } });
  });

  it.each([
    ['2025年2月20日', 2024],
    ['二〇二五年一月十日', 2024],
    ['2024年12月28日', 2024],
    ['2025.1.18', 2024],
    ['2025-01-18', 2024],
  ])('from the date line %s, less surely and with a note', (dated, year) => {
    const r = importReportText(['关于法治政府建设情况的报告', ...body, '某县交通运输局', dated].join('\n'));
    expect(r.year).toBe(year);
    expect(r.signature?.replace(/\s+/g, ' ').trim()).toBe(`某县交通运输局 ${dated}`);
    expect(r.yearBasis).toMatchObject({ source: 'date', confidence: 0.6 });
    expect(r.yearBasis?.reason).toMatch(new RegExp(`落款日期.*推定为${year}年度，请核对`));
  });

  it('not from a date line in the middle of the year', () => {
    const r = importReportText(
      ['关于法治政府建设情况的报告', ...body, '某县交通运输局', '2024年7月1日'].join('\n'),
    );
    expect(r.year).toBeUndefined();
    expect(r.yearBasis).toBeUndefined();
  });
});

/**
 * Splitting runs on the API's event loop: a pasted or uploaded text made of thousands of headings
 * took seconds (3,000 top-level headings: over 5 s) and blocked every other request. Such a text is
 * no annual report; it is refused before the costly part.
 */
describe('texts no annual report looks like are refused, not split', () => {
  const reasonOf = (text: string): string | undefined => {
    try {
      importReportText(text);
      return undefined;
    } catch (error) {
      return error instanceof DocumentRejectedError ? error.code : String(error);
    }
  };

  it('thousands of top-level headings', () => {
    const text = ['2024年度报告', ...Array.from({ length: 1000 }, (_, i) => `一、甲${i}\n正文。`)].join('\n');
    expect(reasonOf(text)).toBe('TOO_MANY_HEADINGS');
  });

  it('thousands of sub-headings', () => {
    const text = [
      '2024年度报告',
      '一、主要举措',
      ...Array.from({ length: 1500 }, (_, i) => `（一）甲${i}`),
    ].join('\n');
    expect(reasonOf(text)).toBe('TOO_MANY_HEADINGS');
  });

  it('more paragraphs than any report has', () => {
    expect(reasonOf(Array.from({ length: 6000 }, (_, i) => `第${i}段。`).join('\n'))).toBe('TEXT_TOO_LONG');
  });

  it('more lines than any report has, even if they are empty, and more characters (before any work per line)', () => {
    expect(reasonOf(`一、主要举措\n${'\n'.repeat(20_000)}正文。`)).toBe('TEXT_TOO_LONG');
    expect(reasonOf(`一、主要举措\n${'\r'.repeat(20_000)}正文。`)).toBe('TEXT_TOO_LONG');
    expect(reasonOf(`一、主要举措\n${'甲'.repeat(500_000)}`)).toBe('TEXT_TOO_LONG');
    expect(reasonOf(`一、主要举措\n${'\n'.repeat(19_000)}正文。`)).toBeUndefined();
  });

  it('a long real report is still split (200 top-level headings are allowed)', () => {
    const text = ['2024年度报告', ...Array.from({ length: 200 }, (_, i) => `一、甲${i}\n正文。`)].join('\n');
    expect(reasonOf(text)).toBeUndefined();
  });
});

/**
 * A pasted line with a long run of spaces (penetration test, #19: 30,000 spaces then "x" froze the API for
 * 9 s, 400 KB for minutes). Each input is 10× the reproduction: on the old regexes these tests run for many
 * minutes, far past jest's timeout; now they take milliseconds. No timing is asserted, only the result.
 */
describe('a long run of spaces is split in linear time', () => {
  const spaces = ' '.repeat(300_000);

  it('trailing spaces before a last character (the text-import line trim)', () => {
    const r = importReportText(`今年我局推进法治政府建设。\n甲${spaces}x`);
    expect(r.sections.measures).toBe(`今年我局推进法治政府建设。\n甲${spaces}x`);
  });

  it('spaces that do not lead to a heading pasted on the same line', () => {
    const r = importReportText(`一、主要举措\n正文。${spaces}x一、`);
    expect(r.sections.measures).toContain(`正文。${spaces}x一、`);
  });

  it('a line that starts like a page number (第1页) then spaces', () => {
    const r = importReportText(`一、主要举措\n第1页${spaces}x`);
    expect(r.removedLines).toEqual([]);
    expect(r.sections.measures).toContain(`第1页${spaces}x`);
  });

  it('still removes "第 3 页 ， 共 10 页" as a page number', () => {
    const r = importReportText('一、主要举措\n正文。\n第 3 页 ， 共 10 页\n续文。');
    expect(r.removedLines.map((l) => l.text)).toEqual(['第 3 页 ， 共 10 页']);
  });
});

describe('importReportText: the title and the text before 一、 (title lines, 报送 lines, preamble)', () => {
  const sections = [
    '一、2025年推进法治政府建设的主要举措和成效',
    '（一）加强组织领导，压实法治建设责任。局党组召开党组会专题研究法治工作4次。',
    '二、2025年推进法治政府建设存在的不足和原因',
    '一是基层法治力量相对薄弱；二是行政执法规范化水平有待提高。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '局党组书记、局长认真履行推进法治建设第一责任人职责。',
    '四、2026年推进法治政府建设的主要安排',
    '（一）加强行政执法监督。',
  ];
  const intro =
    '2025年，在县委、县政府的坚强领导下，我局深入贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：';

  it.each([
    ['after 建设', ['阜康市交通运输局2026年度法治政府建设', '工作情况报告']],
    ['after 法治政府, with a blank line', ['阜康市交通运输局关于2026年度法治政府', '', '建设情况的报告']],
  ])(
    'takes a title wrapped mid-phrase (%s) as the title, with its year (external QA, stop 56)',
    (_, head) => {
      const r = importReportText(
        [...head, '', ...sections, '', '阜康市交通运输局', '2027年1月10日'].join('\n'),
      );
      expect(r.title).toBe(head.join(''));
      expect(r).toMatchObject({ year: 2026, yearBasis: { source: 'title' } });
      expect(r.preamble).toBeUndefined();
      expect(r.sections.measures.split('\n')[0]).toBe(sections[0]);
    },
  );

  it('keeps the title’s full-width brackets and commas, as a 公文 title has them (a walk, stop 57)', () => {
    for (const written of [
      '阜康市交通运输局关于2026年度法治政府建设情况的报告（送审稿）',
      '阜康市交通运输局关于2026年度法治政府建设情况的报告(送审稿)',
    ])
      expect(importReportText([written, '', ...sections].join('\n')).title).toBe(
        '阜康市交通运输局关于2026年度法治政府建设情况的报告（送审稿）',
      );
  });

  it('does not join an addressee or a sentence to a title line', () => {
    const r = importReportText(['县委全面依法治县委员会办公室：', `    ${intro}`, ...sections].join('\n'));
    expect(r.title).toBeUndefined();
  });

  it('takes the title out of item 1 into the title, keeps addressee and introduction there, and says so', () => {
    const text = [
      'XX县司法局2025年法治政府建设年度报告',
      '',
      '县委全面依法治县委员会办公室：',
      `    ${intro}`,
      ...sections,
      '',
      'XX县司法局',
      '2026年1月20日',
    ].join('\n');
    const r = importReportText(text);
    expect(r.title).toBe('XX县司法局2025年法治政府建设年度报告');
    expect(r.sections.measures.split('\n').slice(0, 3)).toEqual([
      '县委全面依法治县委员会办公室：',
      `    ${intro}`,
      '一、2025年推进法治政府建设的主要举措和成效',
    ]);
    expect(r.preamble).toBe(`县委全面依法治县委员会办公室：\n    ${intro}`);
    expect(rows(r)[0]).toEqual(['preamble', 1, 3, '县委全面依法治县委员会办公室：']);
    // Each section keeps its heading as written: the export prints that wording, numbered by position.
    expect(r.sections.shortcomings.split('\n')[0]).toBe('二、2025年推进法治政府建设存在的不足和原因');
    expect(r.notices).toEqual([
      {
        item: 1,
        severity: 'info',
        code: 'title_moved',
        message: '第1行是报告标题，已填入标题栏“XX县司法局2025年法治政府建设年度报告”，不放入第一项正文',
      },
      {
        item: 1,
        severity: 'info',
        code: 'preamble_kept',
        message: expect.stringContaining('第3、4行（主送机关、导语等）已保留在第一项开头'),
        location: { section: 'measures', offset: 0, excerpt: '县委全面依法治县委员会办公室：' },
      },
    ]);
    expectNothingLost(text, r);
  });

  it('joins a title split after the unit, and names the 报送 unit and date lines for the drafter to delete', () => {
    const text = [
      'XX县司法局',
      '关于2025年法治政府建设情况的报告',
      '（2026年1月20日）',
      '报送单位：XX县司法局',
      '报送时间：2026年1月20日',
      '',
      intro,
      '',
      ...sections,
    ].join('\n');
    const r = importReportText(text);
    expect(r.title).toBe('XX县司法局关于2025年法治政府建设情况的报告');
    expect(r.unitName).toBe('XX县司法局');
    // Kept where the drafter sees them, not dropped: the report has no field for them.
    expect(nonBlankLines(r.sections.measures).slice(0, 4)).toEqual([
      '（2026年1月20日）',
      '报送单位：XX县司法局',
      '报送时间：2026年1月20日',
      intro,
    ]);
    const byCode = Object.fromEntries(r.notices.map((n) => [n.code, n]));
    expect(byCode.title_moved.message).toContain('第1、2行是报告标题');
    expect(byCode.preamble_sender_lines).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('第3–5行（“（2026年1月20日）”等）写的是报送单位、发布时间或日期'),
      location: { section: 'measures', offset: 0, excerpt: '（2026年1月20日）' },
    });
    expect(byCode.preamble_kept).toMatchObject({
      message: expect.stringContaining('第7行'),
      location: { section: 'measures', offset: r.sections.measures.indexOf(intro), excerpt: intro },
    });
    expectNothingLost(text, r);
  });

  it('does not take a sentence naming 法治 and 报告 for the title line', () => {
    const text = ['现将我局2025年法治政府建设情况报告如下：', ...sections].join('\n');
    const r = importReportText(text);
    expect(r.sections.measures.startsWith('现将我局2025年法治政府建设情况报告如下：\n一、')).toBe(true);
    expect(r.notices.map((n) => n.code)).toEqual(['preamble_kept']);
  });

  it('prints the Baodi title once: the web page title and the split document title were printed again as text', () => {
    const r = importReportText(readFixture('baodi'));
    const blocks = layoutReport({
      title: r.title ?? '',
      unitName: r.unitName ?? '',
      date: '2024-01-25',
      sections: r.sections,
    });
    const beforeHeading = blocks.slice(
      0,
      blocks.findIndex((b) => b.kind === 'heading1'),
    );
    expect(beforeHeading.map((b) => `${b.kind}:${b.text}`)).toEqual([
      'title:宝坻区交通局2023年法治政府建设情况报告',
      'addressee:区人民政府：',
      expect.stringMatching(/^body:按照《法治政府建设与责任落实督察工作规定》/),
    ]);
    expect(r.notices.find((n) => n.code === 'title_moved')?.message).toContain('第1、6、8行');
    expect(r.notices.find((n) => n.code === 'preamble_sender_lines')?.location?.excerpt).toBe(
      '来源:天津市宝坻区交通局 发布时间:2024-01-25 15:35',
    );
  });
});

describe('importReportText: a sentence cut by a page break', () => {
  const importOf = (lines: string[]) =>
    importReportText(['一、主要举措和成效', ...lines, '二、存在的不足', '人员不足。'].join('\n')).sections
      .measures;

  it('is joined again where the page number was', () => {
    expect(importOf(['对照法治政府建设实施纲要，全年共制定', '', '- 3 -', '', '并实施规范性文件3件。'])).toBe(
      '一、主要举措和成效\n对照法治政府建设实施纲要，全年共制定并实施规范性文件3件。',
    );
    expect(
      importOf(['对照法治政府建设实施纲要全年共制定，', '第 3 页 共 10 页', '并实施规范性文件3件。']),
    ).toBe('一、主要举措和成效\n对照法治政府建设实施纲要全年共制定，并实施规范性文件3件。');
    // A figure after the break is the sentence's, not a heading numbered 63. (external QA, stop 53).
    expect(
      importOf(['开展消费维权专项行动，受理投诉举报，为消费者挽回经济损失', '', '- 3 -', '', '63.7万元。']),
    ).toBe('一、主要举措和成效\n开展消费维权专项行动，受理投诉举报，为消费者挽回经济损失63.7万元。');
  });

  it('keeps two paragraphs where the sentence had ended, or a heading opens the next page', () => {
    expect(
      importOf(['对照法治政府建设实施纲要全年制定规范性文件3件。', '', '- 3 -', '', '执法队伍不断加强。']),
    ).toBe('一、主要举措和成效\n对照法治政府建设实施纲要全年制定规范性文件3件。\n\n执法队伍不断加强。');
    // A heading run into its paragraph is the paragraph: the most common kind in real reports.
    expect(
      importOf([
        '（一）加强组织领导。局党组研究法治工作4次，制定',
        '',
        '- 3 -',
        '',
        '并实施《法治政府建设工作要点》。',
      ]),
    ).toBe(
      '一、主要举措和成效\n（一）加强组织领导。局党组研究法治工作4次，制定并实施《法治政府建设工作要点》。',
    );
    // A heading whose number was lost in copy-paste (the Baodi report's) is a heading all the same.
    expect(
      importOf([
        '（一）完善制度体系。全年制定规范性文件3件。',
        ')强化执法监管,加大行业整治力度和范围',
        '- 3 -',
        '强化道路运输行业监管，开展专项行动。',
      ]),
    ).toBe(
      '一、主要举措和成效\n（一）完善制度体系。全年制定规范性文件3件。\n)强化执法监管,加大行业整治力度和范围\n强化道路运输行业监管，开展专项行动。',
    );
    // A heading before the break (short, or numbered) stays apart from the paragraph after it.
    expect(importOf(['（一）完善制度体系', '', '- 3 -', '', '全年制定规范性文件3件。'])).toBe(
      '一、主要举措和成效\n（一）完善制度体系\n\n全年制定规范性文件3件。',
    );
    expect(
      importOf(['对照法治政府建设实施纲要全年制定规范性文件3件', '- 4 -', '（二）加强执法队伍建设']),
    ).toBe('一、主要举措和成效\n对照法治政府建设实施纲要全年制定规范性文件3件\n（二）加强执法队伍建设');
    expect(importOf(['对照法治政府建设实施纲要全年共制定，', '- 4 -', '2.加强执法队伍建设'])).toBe(
      '一、主要举措和成效\n对照法治政府建设实施纲要全年共制定，\n2.加强执法队伍建设',
    );
  });
});
