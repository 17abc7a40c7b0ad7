import { findInlineHeadings, matchNumberedHeading, scanHeadings } from './headings';
import { isPageArtifact, normalizeLine, parseCnNumber } from './normalize';

describe('normalizeLine', () => {
  it.each([
    ['（一）加强组织领导', '(一)加强组织领导'],
    ['**二、存在的不足**', '二、存在的不足'],
    ['## 三、下一步计划', '三、下一步计划'],
    ['　三、下一步计划  　　', '三、下一步计划'],
    ['[bookmark: _GoBack]（四）全面落实普法责任制。', '(四)全面落实普法责任制。'],
    ['２０２３年', '2023年'],
  ])('%s -> %s', (raw, norm) => expect(normalizeLine(raw)).toBe(norm));

  it('recognises page-number lines', () => {
    for (const s of ['- 3 -', '— 12 —', '-3-', '第3页', '第 3 页 共 10 页', '3/10'])
      expect(isPageArtifact(s)).toBe(true);
    // A bare number is a table's figure as often as a page's: kept.
    for (const s of ['2023年', '三、', '12345热线', '3', '412', '- 3', '3 —'])
      expect(isPageArtifact(s)).toBe(false);
  });

  it('parses Chinese numerals', () => {
    expect([
      parseCnNumber('一'),
      parseCnNumber('十'),
      parseCnNumber('十二'),
      parseCnNumber('二十三'),
    ]).toEqual([1, 10, 12, 23]);
    expect(parseCnNumber('是')).toBeUndefined();
  });
});

describe('matchNumberedHeading', () => {
  it.each([
    ['一、2023年度主要举措和成效', 'cn-top', 1, 1, '2023年度主要举措和成效'],
    ['十一、其他', 'cn-top', 1, 11, '其他'],
    ['(一)培树法治思维,推进法治建设', 'cn-paren', 2, 1, '培树法治思维,推进法治建设'],
    ['1.落实工作机制', 'arabic', 3, 1, '落实工作机制'],
    ['2、在各项重大行政决策的过程中,严格程序。同时……', 'arabic', 3, 2, '在各项重大行政决策的过程中,严格程序'],
    ['(3)规范执法', 'arabic-paren', 4, 3, '规范执法'],
    ['②规范执法', 'arabic-paren', 4, 2, '规范执法'],
    ['二是局党委认真听取法治建设汇报4次。三是……', 'yishi', 5, 2, '局党委认真听取法治建设汇报4次'],
    [')加强组织领导,落实法治责任', 'lost-number', 2, undefined, '加强组织领导,落实法治责任'],
    ['、存在问题', 'lost-number', 1, undefined, '存在问题'],
  ])('%s', (norm, style, level, number, title) => {
    const h = matchNumberedHeading(norm);
    expect(h).toMatchObject({ style, level, title });
    expect(h?.number).toBe(number);
  });

  it('keeps the body that follows the title on the same line', () => {
    expect(matchNumberedHeading('(二)加强执法队伍建设。结合三年行动方案要求,持续开展培训。')?.rest).toBe(
      '结合三年行动方案要求,持续开展培训。',
    );
  });

  it.each(['2.5万元用于执法装备', '2023年共接待群众来访14次', '3月27日,局长组织研讨', '一方面规范文字记录'])(
    'does not take body text for a heading: %s',
    (norm) => expect(matchNumberedHeading(norm)).toBeUndefined(),
  );
});

describe('scanHeadings', () => {
  it('finds a bare heading between paragraphs, at the level of its numbered siblings', () => {
    const lines = [
      '一、主要举措和成效',
      '(一)培树法治思维',
      '组织理论学习6次。',
      '完善制度体系,夯实法治基础',
      '出台了重大行政执法决定法制审核制度,健全完善了8项制度。',
    ];
    const h = scanHeadings(lines, { bareFrom: 1 });
    expect(h.map((x) => [x.index, x.style, x.level])).toEqual([
      [0, 'cn-top', 1],
      [1, 'cn-paren', 2],
      [3, 'bare', 2],
    ]);
  });

  it('does not take the title block, a finished sentence or the signature for bare headings', () => {
    const lines = [
      '宝坻区交通局',
      '',
      '2023年法治政府建设情况报告',
      '正文第一段。',
      '无此类情况。',
      '天津市宝坻区交通局',
      '2024年1月',
    ];
    expect(scanHeadings(lines)).toEqual([]);
  });

  it('joins a heading split across a page break', () => {
    const lines = ['三、党政主要负责人履行推进法治建设第一责任人', '', '— 5 —', '', '职责情况', '正文。'];
    const [h] = scanHeadings(lines);
    expect(h).toMatchObject({
      index: 0,
      lines: [0, 4],
      title: '党政主要负责人履行推进法治建设第一责任人职责情况',
    });
  });

  it('joins a heading title ending in 和 with its continuation', () => {
    const [h] = scanHeadings(['二、存在的不足和', '原因', '执法力量不足。']);
    expect(h.title).toBe('存在的不足和原因');
  });

  it('finds a heading pasted after the previous paragraph', () => {
    const norm = normalizeLine(
      '（一）执法队伍建设还需加强。对执法队伍的培训应常抓不懈。  　　　（二）交通执法存在较大压力。',
    );
    expect(findInlineHeadings(norm).map((x) => [x.match.number, x.match.title])).toEqual([
      [2, '交通执法存在较大压力'],
    ]);
    const h = scanHeadings([norm]);
    expect(h.map((x) => [x.number, x.column > 0])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('treats a bold unnumbered line as a heading', () => {
    const h = scanHeadings(['一、主要举措', '正文。', '**完善制度体系**', '正文。'], { bareFrom: 1 });
    expect(h[1]).toMatchObject({ style: 'bare', bold: true, title: '完善制度体系' });
  });
});

describe('scanHeadings: lines that look numbered and are not headings (external QA, stop 57)', () => {
  it('reads a 附件说明’s list as the attachments’ names', () => {
    const lines = [
      '四、下一步计划',
      '继续培训。',
      '附件：1.2026年度行政执法案件统计表',
      '      2.法律顾问审查意见书',
    ];
    expect(scanHeadings(lines).map((h) => h.index)).toEqual([0]);
    // A numbered heading with its sentence ends the list: headings are read again after it.
    expect(scanHeadings([...lines, '1.落实法治建设工作机制。']).map((h) => h.index)).toEqual([0, 4]);
  });

  it('keeps a short lost-number heading after a paragraph pasted without its 。 (review, stop 57)', () => {
    const lines = [
      '、推进法治政府建设的主要举措和成效',
      '局党组召开专题会议4次，全年办理行政复议案件56件',
      '、存在的不足和原因',
      '执法队伍专业化水平有待提高',
      ')加强执法队伍建设',
    ];
    expect(scanHeadings(lines).map((h) => [h.index, h.style, h.level])).toEqual([
      [0, 'lost-number', 1],
      [2, 'lost-number', 1],
      [4, 'lost-number', 2],
    ]);
  });

  it('reads a mark carried from a line cut mid-sentence as that sentence’s, not a lost number', () => {
    const lines = ['一、主要举措', '正文。按照“谁执法', '、谁公示、谁负责”的原则录入信息。', '、存在问题'];
    // The last 、 follows a finished sentence: a heading whose number was lost, as before.
    expect(scanHeadings(lines).map((h) => [h.index, h.style])).toEqual([
      [0, 'cn-top'],
      [3, 'lost-number'],
    ]);
  });
});
