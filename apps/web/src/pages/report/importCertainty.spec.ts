import { withCertainty } from './importSegments';

describe('withCertainty (导入正文 识别依据)', () => {
  it('adds how sure the import is', () => {
    expect(withCertainty('标题含“举措/成效”', 0.9)).toBe('标题含“举措/成效”（把握较大）');
    expect(withCertainty('按位置推定', 0.6)).toBe('按位置推定（请核对）');
  });

  it('does not ask for a check twice', () => {
    // A walk, stop 48: 「…（未见明确的第三项标题，请核对）（请核对）」.
    expect(
      withCertainty('第一项中的子段落写到主要负责人亲自抓法治建设（未见明确的第三项标题，请核对）', 0.6),
    ).toBe('第一项中的子段落写到主要负责人亲自抓法治建设（未见明确的第三项标题，请核对）');
  });
});
