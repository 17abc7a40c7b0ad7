import { splitOwnHeading } from './ownHeading';

describe('a section under its own heading', () => {
  it('takes the drafter’s numbered first line as the heading, once', () => {
    expect(splitOwnHeading('二、存在的不足和原因\n（一）执法人员法律素养仍需提高。')).toEqual({
      preamble: null,
      heading: '二、存在的不足和原因',
      body: '（一）执法人员法律素养仍需提高。',
    });
    expect(splitOwnHeading('\n  二、存在问题\n\n正文。').heading).toBe('二、存在问题');
    // A long heading parted by a comma is one too, as the exported document reads it (a walk, stop 53).
    const long = '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况';
    expect(splitOwnHeading(`${long}\n县长带头学法。`)).toEqual({
      preamble: null,
      heading: long,
      body: '县长带头学法。',
    });
  });

  it('leaves text that starts with a paragraph, or with no number, as it is', () => {
    const paragraph = '一、2026年，我局在县委、县政府的领导下，深入推进依法行政。';
    expect(splitOwnHeading(paragraph)).toEqual({ preamble: null, heading: null, body: paragraph });
    expect(splitOwnHeading('2026年，我局深入推进依法行政。').heading).toBeNull();
    expect(splitOwnHeading('').heading).toBeNull();
  });

  it('shows the 主送 line and 导语 before the first item’s own heading, as the document prints them', () => {
    // A walk (stop 53): the heading was read twice, the statutory one above the preamble.
    const text = [
      '昌吉州交通运输局，县委、县人民政府：',
      '',
      '2026年，玛纳斯县交通运输局扎实推进依法行政。现将有关情况报告如下：',
      '一、2026年度推进法治政府建设的主要举措和成效',
      '（一）加强组织领导',
    ].join('\n');
    expect(splitOwnHeading(text, true)).toEqual({
      preamble:
        '昌吉州交通运输局，县委、县人民政府：\n\n2026年，玛纳斯县交通运输局扎实推进依法行政。现将有关情况报告如下：',
      heading: '一、2026年度推进法治政府建设的主要举措和成效',
      body: '（一）加强组织领导',
    });
    // Without a 主送 line first, a numbered line further down is the body's, not a heading.
    expect(splitOwnHeading('2026年，我局推进依法行政：\n二、加强组织领导', true).heading).toBeNull();
  });

  it('shows a 导语 without a 主送 line before item 1’s own heading when it announces it (a walk, stop 57)', () => {
    const text = [
      '2025年，县交通运输局在县委、县政府的领导下扎实推进依法行政。现将有关情况报告如下：',
      '一、主要举措和成效',
      '（一）加强组织领导。',
    ].join('\n');
    expect(splitOwnHeading(text, true)).toEqual({
      preamble: '2025年，县交通运输局在县委、县政府的领导下扎实推进依法行政。现将有关情况报告如下：',
      heading: '一、主要举措和成效',
      body: '（一）加强组织领导。',
    });
    // A paragraph that announces nothing keeps the list below it as the body's.
    const plain = '2025年，我局扎实推进依法行政。\n一、加强组织领导';
    expect(splitOwnHeading(plain, true)).toEqual({ preamble: null, heading: null, body: plain });
    // Another item announcing its list (…以下不足：/ 一、…) keeps it as its body (review, stop 57).
    const listed = '存在以下不足：\n一、执法力量薄弱';
    expect(splitOwnHeading(listed)).toEqual({ preamble: null, heading: null, body: listed });
  });
});
