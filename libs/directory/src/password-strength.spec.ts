import { passwordWeakness } from './password-strength';

describe('passwordWeakness', () => {
  it('refuses counting and keyboard-order runs, repeats and too few characters', () => {
    expect(passwordWeakness('1234567890a')).toBe('run');
    expect(passwordWeakness('a9876543210')).toBe('run');
    expect(passwordWeakness('Abcdefgh-12')).toBe('run');
    expect(passwordWeakness('Xy-12aaaaaaaa')).toBe('repeat');
    expect(passwordWeakness('ab12ab12ab12')).toBe('few_characters');
  });

  it('lets ordinary passwords through, short runs included', () => {
    for (const ok of [
      'Factory-pass-2025',
      'Temp-pass-123',
      'My-own-pass-2026',
      'Demo@2025!x1',
      'Xk7#mQ2p9Lw',
    ])
      expect({ ok, weakness: passwordWeakness(ok) }).toEqual({ ok, weakness: null });
  });
});
