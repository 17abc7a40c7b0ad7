/**
 * One spelling per account name (#15.8). Usernames are compared after NFKC (full-width ｃｊ becomes
 * cj), trimming and lower-casing — the case policy creation has always had — so look-alikes cannot
 * reach an account, nor get a throttle of their own. Characters nobody can see (zero-width spaces,
 * joiners, bidi marks, control characters, inner spaces) are refused rather than dropped: a name
 * typed with one is not the name the user sees.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\p{Default_Ignorable_Code_Point}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

export function normaliseUsername(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

/** The first invisible or control character of a (normalised) name, as U+XXXX, or null. */
export function invisibleCharacterIn(name: string): string | null {
  const match = INVISIBLE.exec(name);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/**
 * The key the per-account login throttle counts under: the normalised name without its invisible
 * characters, so `cj-admin`, `ＣＪ-ADMIN ` and `cj-\u200badmin` share one budget (the last is
 * refused anyway, but its attempts still count against the name it imitates).
 */
export function usernameThrottleKey(raw: string): string {
  return normaliseUsername(raw).replace(INVISIBLE_ALL, '');
}
