import type { Rule } from 'antd/es/form';
import { PASSWORD_WEAKNESS_ZH, passwordWeakness } from '../../../../libs/directory/src/password-strength';

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
