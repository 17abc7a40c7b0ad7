import { wordDiff } from './wordDiff';

const marked = (pieces: Array<{ text: string; changed: boolean }>) =>
  pieces.filter((p) => p.changed).map((p) => p.text);

describe('wordDiff: the changed words of a changed line', () => {
  it('marks only the changed number, kept whole', () => {
    const d = wordDiff('编制执法事项清单126项，全部公开。', '编制执法事项清单128项，全部公开。');
    expect(marked(d.before)).toEqual(['126']);
    expect(marked(d.after)).toEqual(['128']);
    expect(d.after.map((p) => p.text).join('')).toBe('编制执法事项清单128项，全部公开。');
  });

  it('marks inserted and deleted Chinese characters, not the whole paragraph', () => {
    const d = wordDiff('全年办理行政复议案件。', '全年依法办理行政复议案件12件。');
    expect(marked(d.before)).toEqual([]);
    expect(marked(d.after)).toEqual(['依法', '12件']);
  });

  it('a line rewritten entirely is marked entirely', () => {
    const d = wordDiff('甲乙', '丙丁');
    expect(marked(d.before)).toEqual(['甲乙']);
    expect(marked(d.after)).toEqual(['丙丁']);
  });
});
