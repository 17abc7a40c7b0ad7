import type { Rule } from 'antd/es/form';
import {
  DEMO_PASSWORD,
  PASSWORD_WEAKNESS_ZH,
  passwordWeakness,
} from '../../../../libs/directory/src/password-strength';

/**
 * The API's password rule beyond length and letter-and-digit (libs/directory password-strength),
 * said beside the field before anything is sent: 1234567890a is refused as too easy to guess.
 */
export const notEasilyGuessed: Rule = {
  validator: (_, value: string | undefined) => {
    const weakness = value ? passwordWeakness(value) : null;
    return weakness ? Promise.reject(new Error(PASSWORD_WEAKNESS_ZH[weakness])) : Promise.resolve();
  },
};

/** The demo accounts' password is published (README): the API refuses it for every real account. */
export const notTheDemoPassword: Rule = {
  validator: (_, value: string | undefined) =>
    value === DEMO_PASSWORD ? Promise.reject(new Error('不能使用公开的演示密码，请另设')) : Promise.resolve(),
};

/**
 * A password an administrator gives (初始密码, 临时密码): the API's policy, one rule per requirement.
 * One rule holding both `min` and `pattern` checked only the pattern (antd's validator reads a rule
 * with a pattern as a pattern rule), so "short1" went to the server and came back in its words.
 */
export const givenPasswordRules: Rule[] = [
  { required: true, message: '请输入密码' },
  // One requirement per message: a short password without a digit said the same line twice (a walk,
  // stop 48).
  { min: 10, message: '至少 10 位' },
  { max: 200, message: '最多 200 位' },
  { pattern: /^(?=.*[A-Za-z])(?=.*\d)/s, message: '须同时包含字母和数字' },
  notEasilyGuessed,
  notTheDemoPassword,
];
