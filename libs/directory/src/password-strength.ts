/**
 * What makes a password that meets the length and letter-and-digit rule still easy to guess: a
 * keyboard or counting run (1234567890a was accepted: pen test, stop 40), one character repeated, or
 * too few different characters. Pure, so the API's policy and the console's forms ask the same
 * question. Linear in the password.
 */
export type PasswordWeakness = 'run' | 'repeat' | 'few_characters';

/** How long a straight run (123456, abcdef, 654321) or a repeat (aaaaaa) may be. */
const LONGEST_RUN = 5;
const FEWEST_DISTINCT = 5;

export function passwordWeakness(password: string): PasswordWeakness | null {
  const chars = [...password.toLowerCase()];
  if (new Set(chars).size < FEWEST_DISTINCT) return 'few_characters';
  let up = 1;
  let down = 1;
  let same = 1;
  for (let i = 1; i < chars.length; i++) {
    const step = chars[i].codePointAt(0)! - chars[i - 1].codePointAt(0)!;
    const countable = /[a-z0-9]/.test(chars[i]) && /[a-z0-9]/.test(chars[i - 1]);
    up = countable && step === 1 ? up + 1 : 1;
    down = countable && step === -1 ? down + 1 : 1;
    same = step === 0 ? same + 1 : 1;
    if (same > LONGEST_RUN) return 'repeat';
    if (up > LONGEST_RUN || down > LONGEST_RUN) return 'run';
  }
  return null;
}

/** The weakness in the words of the API's validation message. */
export const PASSWORD_WEAKNESS_TEXT: Record<PasswordWeakness, string> = {
  run: `must not contain a run of more than ${LONGEST_RUN} consecutive characters (123456, abcdef)`,
  repeat: `must not repeat one character more than ${LONGEST_RUN} times in a row`,
  few_characters: `must use at least ${FEWEST_DISTINCT} different characters`,
};

/** The same in the console's words. */
export const PASSWORD_WEAKNESS_ZH: Record<PasswordWeakness, string> = {
  run: `密码不能包含超过${LONGEST_RUN}位的连续字符（如123456、abcdef）`,
  repeat: `密码不能包含超过${LONGEST_RUN}位的相同字符`,
  few_characters: `密码至少要用${FEWEST_DISTINCT}个不同的字符`,
};

/**
 * The demo accounts' password, published in the README: refused for every real account (the API's
 * password policy, and the console's forms before anything is sent). Here, in the import-free file
 * the console may read, so that both refuse the one string.
 */
export const DEMO_PASSWORD = 'Demo@2025!x';
