import { fitText, TEXT_LIMITS } from './fit-text';

describe('fitText', () => {
  it('keeps a text that fits exactly as it is', () => {
    const title = '催'.repeat(TEXT_LIMITS.notificationTitle);
    expect(fitText(title, TEXT_LIMITS.notificationTitle)).toBe(title);
  });

  it('cuts a text that is too long to the limit, ending with an ellipsis', () => {
    const fitted = fitText('法治政府建设年度报告'.repeat(30), TEXT_LIMITS.notificationTitle);
    expect(Array.from(fitted)).toHaveLength(TEXT_LIMITS.notificationTitle);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitted.startsWith('法治政府建设年度报告法治')).toBe(true);
  });

  it('counts characters, not UTF-16 units: a character outside the BMP is kept whole or left out whole', () => {
    // 𠀀 is one character (as MySQL counts) but two UTF-16 units.
    expect(fitText('𠀀'.repeat(5), 5)).toBe('𠀀'.repeat(5));
    expect(fitText('𠀀'.repeat(6), 5)).toBe(`${'𠀀'.repeat(4)}…`);
  });
});
