import { invisibleCharacterIn, normaliseUsername, usernameThrottleKey } from './username';

describe('usernames: one spelling per account', () => {
  it('folds full-width letters, case and surrounding spaces onto the plain name', () => {
    for (const lookAlike of ['ｃｊ－ａｄｍｉｎ', 'CJ-Admin', '  cj-admin \t', 'ＣＪ-ADMIN\u3000'])
      expect(normaliseUsername(lookAlike)).toBe('cj-admin');
  });

  it('keeps combining marks as a different name (it is not the same account)', () => {
    expect(normaliseUsername('cj-admin\u0301')).not.toBe('cj-admin');
  });

  it('names the first invisible or control character', () => {
    expect(invisibleCharacterIn('cj-\u200badmin')).toBe('U+200B');
    expect(invisibleCharacterIn('cj\u200d-admin')).toBe('U+200D');
    expect(invisibleCharacterIn('cj-admin\u0000x')).toBe('U+0000');
    expect(invisibleCharacterIn('cj admin')).toBe('U+0020');
    expect(invisibleCharacterIn('\u2066cj-admin')).toBe('U+2066');
    expect(invisibleCharacterIn('cj-admin')).toBeNull();
    expect(invisibleCharacterIn('张三.zhang_3')).toBeNull();
  });

  it('throttles every look-alike under the one name it imitates', () => {
    for (const lookAlike of ['ｃｊ－ａｄｍｉｎ', 'CJ-ADMIN ', 'cj-\u200badmin', '\ufeffcj-admin\u2060'])
      expect(usernameThrottleKey(lookAlike)).toBe('cj-admin');
  });
});
