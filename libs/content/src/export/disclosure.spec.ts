import { emptySections, ReportSections } from '../types';
import {
  assertNothingLeftToWithhold,
  DisclosureMarkupError,
  MarkerProblem,
  partsReworded,
  publicText,
  publicVersionOf,
} from './disclosure';
import { withheldSpans } from '../compilation/withheld';
import { layoutReport } from './layout';

function problemsOf(run: () => unknown): MarkerProblem[] {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof DisclosureMarkupError) return error.problems;
    throw error;
  }
  throw new Error('expected DisclosureMarkupError');
}

/** Issue #15 item 9: marked passages reached the public version unless their markers stood on lines of their own. */
describe('publicText: every marked span goes, wherever its markers stand', () => {
  it('inside a sentence, with the brackets that held only the secret', () => {
    expect(publicText('……（【不予公开】涉事人员姓名【/不予公开】）已于年内办结。')).toBe('……已于年内办结。');
    expect(publicText('案件(【不予公开】张某【/不予公开】)已办结。')).toBe('案件已办结。');
  });

  it('inside one paragraph, keeping the text around it', () => {
    expect(publicText('全年投资【不予公开】3.2亿元，其中涉密项目1.1亿元，【/不予公开】按期完成。')).toBe(
      '全年投资按期完成。',
    );
  });

  it('several on one line', () => {
    expect(publicText('甲【不予公开】一【/不予公开】乙【不予公开】二【/不予公开】丙')).toBe('甲乙丙');
  });

  it('across paragraphs: the text before and after stay separate paragraphs', () => {
    expect(
      publicText('第一段开头【不予公开】秘密一\n秘密二\n秘密三【/不予公开】第三段结尾。\n第四段。'),
    ).toBe('第一段开头\n第三段结尾。\n第四段。');
  });

  it('on lines of their own, bold or not, as before', () => {
    expect(publicText('甲\n **【不予公开】** \n乙\n**【/不予公开】**\n丙')).toBe('甲\n丙');
    expect(publicText('甲\r\n【不予公开】\r\n乙\r\n【/不予公开】\r\n丙')).toBe('甲\n丙');
  });

  it('the spellings drafters type: other brackets, full-width slash, spaces', () => {
    expect(publicText('甲[不予公开]乙[/不予公开]丙')).toBe('甲丙');
    expect(publicText('甲［不予公开］乙［／不予公开］丙')).toBe('甲丙');
    expect(publicText('甲【 不予公开 】乙【／ 不予公开】丙')).toBe('甲丙');
  });

  it('official-document brackets, parentheses, zero-width characters and 開 do not hide a marker', () => {
    expect(publicText('甲〔不予公开〕乙〔/不予公开〕丙')).toBe('甲丙');
    expect(publicText('甲〖不予公开〗乙〖/不予公开〗丙')).toBe('甲丙');
    expect(publicText('甲（不予公开）乙（／不予公开）丙')).toBe('甲丙');
    expect(publicText('甲【\u200B不予公开】乙【/不予公開】丙')).toBe('甲丙');
  });

  it('leaves text without markers alone, the phrase 不予公开 in a sentence included', () => {
    const text = '全年受理政府信息公开申请12件，依法不予公开2件。\n\n二、存在问题';
    expect(publicText(text)).toBe(text);
  });
});

/**
 * Penetration test (#18's public page): markers a reviewer reads as 【不予公开】 but that were not recognised, so
 * the passage was published. They are recognised on a normalised view; anything else spelling 不予公开 outside
 * a sentence is refused rather than guessed.
 */
describe('marker lookalikes never let the passage through', () => {
  const variants: Array<[string, string, string]> = [
    ['soft hyphen (Word pastes it)', '【不予\u00AD公开】', '【/不予\u00AD公开】'],
    ['left-to-right mark', '【不予公开\u200E】', '【/不予公开\u200E】'],
    ['CJK compatibility 不 (U+F967)', '【\uF967予公开】', '【/\uF967予公开】'],
    ['angle brackets 《》', '《不予公开》', '《/不予公开》'],
    ['no-break space', '【\u00A0不予公开\u00A0】', '【/\u00A0不予公开】'],
    ['ideographic space', '【\u3000不予公开】', '【／\u3000不予公开\u3000】'],
    ['zero-width characters between the characters', '【不\u200B予\u200D公\u2060开】', '【/不\uFEFF予公开】'],
    ['full-width slash and 開', '【不予公開】', '【／不予公開】'],
    ['spaces between the characters', '【不 予 公 开】', '【/ 不予 公开】'],
    ['〈〉 and 「」 brackets, mixed', '〈不予公开〉', '「/不予公开」'],
    ['vertical presentation forms', '\uFE3B不予公开\uFE3C', '\uFE3B/不予公开\uFE3C'],
    ['direction isolates and a variation selector', '【\u2066不\uFE00予公开\u2069】', '【/不予公开】'],
    // Penetration test, stop 44: the export removes these before printing, and the marker printed whole.
    ['a Word bookmark inside', '【不予[bookmark: _GoBack]公开】', '【/不予[bookmark: _GoBack]公开】'],
    ['markdown emphasis inside', '【不予**公开】', '【/不**予公开】'],
    // Penetration test, stop 56: each of these published its passage on the public page.
    ['a braille blank inside (U+2800)', '【不\u2800予公开】', '【/不予\u2800公开】'],
    ['a combining accent inside', '【不予\u0301公开】', '【/不\u0301予公开】'],
    ['an Arabic tatweel inside', '【不予\u0640公开】', '【/不予公\u0640开】'],
    ['look-alike characters 幵 and 于', '【不予公幵】', '【/不于公开】'],
    ['Canadian syllabics drawn as < > /', 'ᐸ不予公开ᐳ', 'ᐸᐟ不予公开ᐳ'],
    ['Han and katakana drawn as [ ] /', '匚不予公开コ', '匚丿不予公开コ'],
  ];

  it.each([
    ['a Word bookmark', '【不予[bookmark: _GoBack]公开】SECRET【/不予[bookmark: _GoBack]公开】'],
    ['markdown emphasis', '【不予**公开】SECRET【/不**予公开】'],
  ])('a marker split by %s never reaches the printed public version', (_, marked) => {
    const sections: ReportSections = { ...emptySections(), measures: `一、主要举措\n甲${marked}乙` };
    const blocks = layoutReport(
      { title: '年度报告', unitName: '某局', date: '2027-03-01', sections },
      { publicVersion: true },
    );
    const printed = blocks.map((b) => b.text).join('\n');
    expect(printed).toContain('甲乙');
    expect(printed).not.toMatch(/SECRET|不予公开/);
  });

  it.each(variants)('%s: the span is withheld, the stored text around it untouched', (_, open, close) => {
    const text = `甲\u00AD乙${open}SECRET${close}丙`;
    expect(publicText(text)).toBe('甲\u00AD乙丙');
    expect(publicText(`（${open}SECRET${close}）已办结。`)).toBe('已办结。');
    expect(withheldSpans(text)).toEqual([{ start: 3, end: text.length - 1 }]);
  });

  it('a marker across lines keeps the right text on each side', () => {
    expect(publicText('第一段《不予公开》\n秘密\n《/不予\u00AD公开》第三段')).toBe('第一段\n第三段');
  });

  it.each([
    ['an unknown bracket', '⁅不予公开⁆SECRET⁅/不予公开⁆'],
    ['an unknown slash', '【不予公开】SECRET【|不予公开】'],
    ['a missing bracket', '不予公开】SECRET【/不予公开】'],
    ['quotation marks', '“不予公开”SECRET“/不予公开”'],
    ['spaces instead of brackets', '甲 不予\u00AD公开 SECRET / 不予公开 乙'],
  ])('%s is refused, naming where', (_, text) => {
    const problems = problemsOf(() => publicText(text, 'measures'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.where)).toContain('measures');
  });

  it.each([
    ['punctuation between the characters', '【不·予公开】SECRET【/不·予公开】'],
    ['a hyphen in the closing one only', '【不予公开】SECRET【/不予-公开】'],
    ['a character one off, in both', '【不予公亓】SECRET【/丕予公开】'],
    ['tags one character apart', '【涉密信息】SECRET【/涉密信患】'],
  ])('%s is refused rather than published (stop 56)', (_, text) => {
    const problems = problemsOf(() => publicText(`甲${text}乙`, 'measures'));
    // Named as what it is: an unreadable marker or a lookalike pair, not only a pair left open.
    expect(problems.map((p) => p.kind)).toEqual(
      expect.arrayContaining([expect.stringMatching(/unrecognised|lookalike/)]),
    );
  });

  it.each([
    ['这部分不予公开，SECRET'],
    ['下面一段内容不予公开，SECRET'],
    ['第三段依法不予公开。SECRET'],
    ['本条不予公开，SECRET'],
    ['以下涉及个人隐私的具体案件当事人信息不予公开，SECRET'],
    ['不予公开以下内容：SECRET'],
    ['不予公开 SECRET'],
    ['【内部资料】SECRET【/内部】'],
    ['【保密内容开始】SECRET【保密内容结束】'],
    ['匚不予公开部分コSECRET匚丿不予公开部分コ'],
    // Review, stop 56: other brackets, long spacing, letters drawn as dots, dashes and slashes.
    ['⁅不·予公开⁆SECRET⁅/不·予公开⁆'],
    ['❨不·予公开❩SECRET❨/不·予公开❩'],
    ['【不  ·  予  ·  公  ·  开】SECRET【/不  ·  予  ·  公  ·  开】'],
    ['【不ꞏ予公开】SECRET【/不一予ー公开】'],
    ['【不ꞏ予公开】SECRET【ノ不ꞏ予公开】'],
    // Penetration test 3, stop 56: the other words as instructions, pointers back, labels, pairs.
    ['以下内容不公开：SECRET'],
    ['本段免予公开：SECRET'],
    ['以下内容不予对外公开：SECRET'],
    ['以下内容严禁公开：SECRET'],
    ['以下内容仅供内部参考，不予公开发布：SECRET'],
    ['涉事干部张某某SECRET。以上内容不予公开。'],
    ['注：加粗部分不予公开。**SECRET**'],
    ['不予公开部分：SECRET'],
    ['SECRET（属不予公开内容）'],
    ['【此段不公开】SECRET'],
    ['（不公开）张某某SECRET'],
    ['【以下内容不公开】\nSECRET\n【以上内容不公开】'],
    ['【涉密】SECRET【涉密止】'],
  ])('an instruction or a tag pair a reviewer reads as withholding, %s, is refused (stop 56)', (text) => {
    expect(problemsOf(() => publicText(text, 'measures')).length).toBeGreaterThan(0);
  });

  it.each([
    ['全年受理申请56件，其中予以公开40件，不予公开3件。'],
    ['（不予公开3件）'],
    ['不予公开的理由均已依法告知申请人。'],
    ['不予公开决定书均载明救济途径。'],
    ['1.不予公开3件，均涉及国家秘密。'],
    ['对涉及国家秘密的3件申请依法不予公开'],
    ['对“不予公开”答复逐件开展合法性审查。'],
    ['（一）不予公开情况'],
    ['其中，决定不予公开：3件。'],
    ['不予公开：3件'],
    ['不予公开 3件'],
    ['会议纪要（不宜公开）已按规定归档；拟表彰名单（不予公示）报党组审定。'],
    ['文件属性标注为（不得公开）（免予公开）（不予公证）（应予公开）（准予公开）等。'],
    ['不于公开场合发表意见。'],
    ['答复类型（不予公开类）3件。'],
    ['属于国家秘密的，不予公开。'],
    ['涉及国家秘密的，不予公开；但是，经权利人同意公开的，予以公开。'],
    ['因危及“三安全一稳定”不予公开1件。'],
    ['对予以公开、不予公开、无法提供的，均在法定期限内答复。'],
    ['不予公开、无法提供的答复中，均告知了申请人救济渠道。'],
    ['（三）不予公开'],
    ['（三）不予公开：属于国家秘密1件，危及“三安全一稳定”1件。'],
    ['4.不予公开'],
    ['处理结果：不予公开。'],
    ['经审查，该信息属于国家秘密，依法不予公开'],
    ['| （三）不予公开 | 1.属于国家秘密 | 0 |'],
    ['会议纪要（不宜公开）已按规定归档；行政处罚决定（不予公布）2件。'],
    ['坚持以公开为常态、不公开为例外。'],
  ])('a sentence about disclosure statistics, %s, stays text (stop 56: 16 of 20 were refused)', (text) => {
    expect(publicText(text)).toBe(text);
  });

  it('bracketed words near the phrase that are words stay text', () => {
    const text = '复议1件（不予受理）；见附件（/附件二）；（内部）（/外部）。';
    expect(publicText(text)).toBe(text);
  });

  it('names a lookalike it cannot read as a marker', () => {
    expect(problemsOf(() => publicText('甲\n已办结。⁅不予\u00AD公开⁆张某', 'shortcomings'))).toEqual([
      { where: 'shortcomings', line: 2, kind: 'unrecognised', near: '已办结。⁅不予\u00AD公开' },
    ]);
  });

  it.each([
    ['不公开', '【不公开】', '【/不公开】'],
    ['免予公开', '【免予公开】', '【/免予公开】'],
    ['免于公开 (the common slip)', '［免于公开］', '［／免于公开］'],
    ['暂不公开', '〔暂不公开〕', '〔/暂不公开〕'],
    ['不宜公开, 開, spaces', '〖 不宜公開 〗', '〖/ 不 宜 公 开〗'],
    ['a synonym opening, 不予公开 closing', '【不公开】', '【/不予公开】'],
  ])('the other words for it in square brackets, %s: the span is withheld', (_, open, close) => {
    expect(publicText(`甲${open}SECRET${close}乙`)).toBe('甲乙');
    expect(withheldSpans(`甲${open}SECRET${close}乙`)).toEqual([
      { start: 1, end: open.length + 6 + close.length + 1 },
    ]);
  });

  it('those words in a sentence or in parentheses stay text; unpaired in square brackets they block', () => {
    const prose =
      '政府信息分为主动公开、依申请公开和不公开三类；会议纪要（不公开）已归档，“免予公开”事项2件。';
    expect(publicText(prose)).toBe(prose);
    expect(problemsOf(() => publicText('会议纪要【不公开】已归档。', 'measures'))).toEqual([
      expect.objectContaining({ where: 'measures', kind: 'unclosed' }),
    ]);
  });

  it.each([
    ['不予以公开 (with 以)', '【不予以公开】', '【/不予以公开】'],
    ['不得公开', '【不得公开】', '【/不得公开】'],
  ])('more words for it, %s: the span is withheld', (_, open, close) => {
    expect(publicText(`甲${open}SECRET${close}乙`)).toBe('甲乙');
  });

  it.each([
    ['another word in square brackets', '【内部】', '【/内部】'],
    ['a word for it in round brackets', '（不公开）', '（/不公开）'],
    ['a word for it in full-width round brackets with spaces', '（ 涉密 ）', '（ ／涉密 ）'],
  ])(
    'a pair of tags written like markers, %s, blocks the public version (a reviewer reads it as one)',
    (_, open, close) => {
      expect(problemsOf(() => publicText(`甲\n乙${open}SECRET${close}丙`, 'measures'))).toEqual([
        { where: 'measures', line: 2, kind: 'lookalike', near: `乙${open}SECRET${close}` },
      ]);
    },
  );

  it('a closing tag alone, a slash in prose or a bracketed word without its twin stays text', () => {
    const text = '会议纪要（不公开）已归档；比例为（1/2）；单位：元/件；见附件（/附件二）。';
    expect(publicText(text)).toBe(text);
  });

  it.each([
    [
      'a line saying the passage below is withheld',
      '一、主要举措\n以下内容不予公开\n代号S6-LEAK-A的专项行动',
      2,
    ],
    ['a paragraph saying so of itself, with a colon', '一、主要举措\n本段不予公开：内部人员处分情况', 2],
    ['the same with a full stop', '一、主要举措\n下列事项不予公开。涉密项目甲', 2],
    ['此部分, with spaces', '一、主要举措\n此部分 不予 公开\n涉密项目乙', 2],
  ])('不予公开 said of the text in plain words, %s, blocks the public version', (_, text, line) => {
    expect(problemsOf(() => publicText(text, 'measures'))).toEqual([
      expect.objectContaining({ where: 'measures', line, kind: 'unrecognised' }),
    ]);
  });

  it('still lets 不予公开 stand in a sentence', () => {
    const text = '依申请公开12件，依法不予公开2件，不予公開的理由均已告知，对其不予公开决定无异议。';
    expect(publicText(text)).toBe(text);
  });
});

describe('markers that do not pair up block the public version, naming where', () => {
  it('an opening marker never closed', () => {
    expect(
      problemsOf(() => publicText('甲\n乙丙丁（【不予公开】涉事人员姓名。\n戊', 'shortcomings')),
    ).toEqual([{ where: 'shortcomings', line: 2, kind: 'unclosed', near: '乙丙丁（【不予公开】' }]);
  });

  it('a closing marker never opened', () => {
    expect(problemsOf(() => publicText('涉事人员姓名【/不予公开】已办结'))).toEqual([
      { where: 'other', line: 1, kind: 'unopened', near: '涉事人员姓名【/不予公开】' },
    ]);
  });

  it('an opening marker inside an open span (nested or mistyped)', () => {
    const problems = problemsOf(() =>
      publicText('甲【不予公开】乙【不予公开】丙【/不予公开】丁【/不予公开】'),
    );
    expect(problems.map((p) => p.kind)).toEqual(['nested', 'unopened']);
  });

  it('names every problem of every section and of the title at once', () => {
    const sections: ReportSections = {
      ...emptySections(),
      measures: '一、主要举措和成效\n正文【不予公开】',
      nextYearPlan: '【/不予公开】',
    };
    const problems = problemsOf(() => publicVersionOf({ title: '报告【不予公开】', sections }));
    expect(problems.map((p) => `${p.where}:${p.line}:${p.kind}`)).toEqual([
      'title:1:unclosed',
      'measures:2:unclosed',
      'nextYearPlan:1:unopened',
    ]);
  });

  it('a span never runs into the next section', () => {
    const sections = { ...emptySections(), measures: '甲【不予公开】乙', shortcomings: '丙【/不予公开】丁' };
    expect(problemsOf(() => publicVersionOf({ title: 't', sections })).map((p) => p.kind)).toEqual([
      'unclosed',
      'unopened',
    ]);
  });

  it('the internal version is laid out as stored, whatever the markers', () => {
    const sections = { ...emptySections(), measures: '一、主要举措和成效\n甲【不予公开】乙' };
    const report = { title: 't', unitName: 'u', date: '2025-01-05', sections };
    expect(layoutReport(report).map((b) => b.text)).toContain('甲【不予公开】乙');
    expect(() => layoutReport(report, { publicVersion: true })).toThrow(DisclosureMarkupError);
  });
});

describe('the last look at the printed public version', () => {
  it('refuses a text that still holds a marker, paired or not, naming where', () => {
    const sections = { ...emptySections(), other: '五、其他\n已办结【不予公开】SECRET【/不予公开】。' };
    expect(problemsOf(() => assertNothingLeftToWithhold({ title: '年度报告', sections }))).toEqual([
      { where: 'other', line: 2, kind: 'unrecognised', near: '已办结【不予公开】SE' },
    ]);
    expect(() =>
      assertNothingLeftToWithhold({
        title: '年度报告',
        sections: { ...sections, other: '依法不予公开2件。' },
      }),
    ).not.toThrow();
  });
});

describe('partsReworded: what a unit may change in a report its recipients accepted', () => {
  const report = (measures: string, title = '某县交通运输局2026年法治政府建设年度报告') => ({
    title,
    sections: { ...emptySections(), measures, shortcomings: '人员不足。' },
  });
  const check = (before: string, after: string) => partsReworded(report(before), report(after));

  it('lets the marking change: passages marked or unmarked, lookalike tags turned into markers', () => {
    const sent = '办理案件3件，涉事企业为甲公司，已结案。\n（【内部】线索编号XK-7731【/内部】）';
    expect(
      check(
        sent,
        '办理案件3件，【不予公开】涉事企业为甲公司，【/不予公开】已结案。\n（【不予公开】线索编号XK-7731【/不予公开】）',
      ),
    ).toEqual([]);
    expect(
      check(sent, '办理案件3件，〖不予公开〗涉事企业为甲公司〖/不予公开〗，已结案。\n（线索编号XK-7731）'),
    ).toEqual([]);
    // Unmarking is a marking change too: the review that follows decides.
    expect(check('【不予公开】涉事人员王某某【/不予公开】已办结。', '涉事人员王某某已办结。')).toEqual([]);
  });

  // A skeptical review (stop 49) passed every one of these as "marking only" when punctuation,
  // bracketed words and the word 不予公开 were ignored.
  it.each([
    ['a decimal point', '投入资金3.5万元。', '投入资金35万元。'],
    ['a minus sign', '同比增长-3%。', '同比增长3%。'],
    ['per cent to per mille', '败诉率4%。', '败诉率4‰。'],
    ['a range to a number', '办理案件3-5件。', '办理案件35件。'],
    ['digits inside brackets', '行政复议纠错(12)件。', '行政复议纠错(2)件。'],
    ['digits inside 【】', '【第12项】已完成。', '【第2项】已完成。'],
    ['an added aside', '办理行政复议案件12件。', '办理行政复议案件12件(另有30件未办结)。'],
    ['an added 「」 word', '全部整改到位。', '全部「未」整改到位。'],
    ['a removed aside', '行政诉讼败诉5件(败诉率40%)。', '行政诉讼败诉5件。'],
    ['another law', '认真贯彻《行政处罚法》。', '认真贯彻《行政许可法》。'],
    ['a 文号 year', '印发了X政发〔2025〕3号文件。', '印发了X政发〔2024〕3号文件。'],
    ['a heading number', '(一)加强领导', '(三)加强领导'],
    ['不予公开 turned round', '依法不予公开3件。', '依法〔予以公开〕3件。'],
    ['不予公开 as a word deleted', '对3件申请依法不予公开。', '对3件申请依法。'],
    ['a synonym inserted', '该批信息已报送上级机关。', '该批信息暂不公开已报送上级机关。'],
    ['a Word bookmark', '已全部整改到位。', '已全部整改到位[bookmark: 实际仅整改一半]。'],
    // Inside a marker the bookmark is print debris the marker's reading skips, yet it holds words
    // (penetration test, stop 52: a marking revision could store them in an accepted text).
    [
      'a tag pair added around words',
      '已全部整改到位。',
      '已全部整改【实际仅整改一半】到位【/实际仅整改一半】。',
    ],
    [
      'a Word bookmark inside a marker',
      '【不予公开】涉事人员王某某【/不予公开】已办结。',
      '【不予[bookmark: 实际未办结]公开】涉事人员王某某【/不予公开】已办结。',
    ],
    ['a question mark', '已全部整改到位。', '已全部整改到位？'],
    ['a changed word', '办理案件3件，已结案。', '办理案件4件，已结案。'],
  ])('names the part for %s', (_, before, after) => {
    expect(check(before, after)).toEqual(['measures']);
  });

  it('names the title too', () => {
    expect(partsReworded(report('x'), report('x', '某县2026年度报告'))).toEqual(['title']);
  });
});
