import { emptySections, textSize } from './types';

describe('textSize (what the report text limits count)', () => {
  it('counts non-blank lines as paragraphs and every line, blank or not, as a line', () => {
    const sections = { ...emptySections(), measures: '一、主要举措\n\n  \n正文。', other: '其他' };
    // measures: 4 lines, 2 paragraphs; other: 1 and 1; three empty sections: one empty line each.
    expect(textSize(sections)).toEqual({ paragraphs: 3, lines: 8 });
  });

  it('splits on every line break the checks split on, so \\r cannot hide lines or paragraphs', () => {
    const sections = { ...emptySections(), measures: '甲\r乙\r\n丙\r\r' };
    expect(textSize(sections)).toEqual({ paragraphs: 3, lines: 5 + 4 });
  });
});
