import { checkNumbering } from './numbering';
import { emptySections } from './types';

/**
 * Penetration test (#20): a saved text of 9,000 headings took 8.8 s to check (the check runs on every save):
 * siblings were gathered by copying the list per heading, and each heading's offset was found by summing
 * the lines before it. 20,000 headings that way; no timing is asserted here, the
 * answer is, and jest's timeout is the guard.
 */
describe('checkNumbering on a text of 20,000 headings', () => {
  it('finds every repeated number, at its place in the text', () => {
    const lines = ['一、主要举措', ...Array.from({ length: 20_000 }, () => '（一）甲。')];
    const findings = checkNumbering({ ...emptySections(), measures: lines.join('\n') });
    expect(findings).toHaveLength(19_999);
    const last = findings[findings.length - 1];
    expect(last.location).toMatchObject({ section: 'measures', excerpt: '（一）甲。' });
    expect(last.location?.offset).toBe(lines.slice(0, -1).join('\n').length + 1);
  });

  it('gives each heading its offset in the text, past leading spaces', () => {
    const measures = '一、主要举措\n  （一）甲。\n\n  （三）丙。';
    const [gap] = checkNumbering({ ...emptySections(), measures });
    expect(gap.location).toMatchObject({ offset: measures.indexOf('（三）'), excerpt: '（三）丙。' });
  });
});

describe('checkNumbering: a table typed as text', () => {
  it('reads its rows as rows, not headings whose number was lost (external QA, stop 53)', () => {
    const measures = [
      '一、主要举措和成效',
      '（一）强化执法监督。全年开展执法检查12次。',
      '指标｜2025年｜2026年｜变化',
      '行政复议案件｜18件｜22件｜+4件',
      '（二）加强队伍建设。组织培训4期。',
    ].join('\n');
    // Before: two numbering_lost, and a numbering_gap asking for （四） after （一）.
    expect(checkNumbering({ ...emptySections(), measures })).toEqual([]);
  });
});

describe('checkNumbering: a section written without its own heading', () => {
  it('counts the statutory heading the export prints in its place (a walk, stop 53)', () => {
    const sections = {
      ...emptySections(),
      measures: '一、主要举措和成效\n正文。',
      shortcomings: '二、存在的不足和原因\n正文。',
      leadersDuty: '主要负责人带头学法，四次主持专题会议。',
      nextYearPlan: '四、2027年主要安排\n正文。',
      other: '五、其他需要报告的情况\n无。',
    };
    expect(checkNumbering(sections)).toEqual([]);
    // A number that really skips is still said.
    expect(checkNumbering({ ...sections, other: '六、其他需要报告的情况\n无。' }).map((f) => f.code)).toEqual(
      ['numbering_gap'],
    );
  });
});
