import { NO_DIRECTION_CONTROLS, NO_INVISIBLE_CHARACTERS } from './visible-text';
import { SOMETHING_VISIBLE } from './not-blank';

describe('texts other offices read', () => {
  it('takes what civil servants type in one-line texts: names, titles, 文号', () => {
    for (const text of [
      '呼图壁县交通运输局',
      '艾则孜·买买提',
      '关于报送《2026年度法治政府建设年度报告》的通知（补充）',
      '昌州法办〔2026〕31号',
      '县委　县政府', // a full-width space
      '\u{20000}\u{E0100}', // a rare character with its ideographic variation selector (生僻字)
      'ᠮᠣᠩᠭᠣᠯ\u180B', // Mongolian with a free variation selector
    ])
      expect(NO_INVISIBLE_CHARACTERS.test(text)).toBe(true);
  });

  it('refuses what makes a one-line text read as another', () => {
    for (const text of ['张\u200b三', '交通\u202e局', '标题\r\n第二行', '\u2800', '县\u2066委', '名\u00ad字'])
      expect(NO_INVISIBLE_CHARACTERS.test(text)).toBe(false);
  });

  it('lets a longer text keep its lines and Word’s zero-width characters, not direction overrides', () => {
    expect(NO_DIRECTION_CONTROLS.test('党组会议推迟召开。\n新的会议\u200b定于2月下旬。')).toBe(true);
    expect(NO_DIRECTION_CONTROLS.test('会议推迟\u202e试测')).toBe(false);
    expect(NO_DIRECTION_CONTROLS.test('会议\u2067推迟')).toBe(false);
  });

  it('counts nothing drawn as empty', () => {
    expect(SOMETHING_VISIBLE.test(' \u200b\u3000\u2800\ufeff')).toBe(false);
    expect(SOMETHING_VISIBLE.test('\u200b无')).toBe(true);
  });
});
