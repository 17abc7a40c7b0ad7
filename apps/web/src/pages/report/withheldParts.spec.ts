import { withheldParts } from './withheldParts';

describe('passages marked 不予公开, cut out for the reading view to shade', () => {
  it('cuts each marked passage, markers included, and keeps every character', () => {
    const text =
      '全年办理案件12件。【不予公开】涉案人张某某。【/不予公开】其余正常。\n【不予公开】第二段【/不予公开】';
    const parts = withheldParts(text);
    expect(parts).toEqual([
      { text: '全年办理案件12件。', withheld: false },
      { text: '【不予公开】涉案人张某某。【/不予公开】', withheld: true },
      { text: '其余正常。\n', withheld: false },
      { text: '【不予公开】第二段【/不予公开】', withheld: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('shades to the end after a start marker with no end, and leaves plain text whole', () => {
    expect(withheldParts('甲【不予公开】乙')).toEqual([
      { text: '甲', withheld: false },
      { text: '【不予公开】乙', withheld: true },
    ]);
    expect(withheldParts('无标注。')).toEqual([{ text: '无标注。', withheld: false }]);
    expect(withheldParts('')).toEqual([]);
  });
});
