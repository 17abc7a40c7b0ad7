import { applyDecorators } from '@nestjs/common';
import { IsNotIn, IsString, Length, Matches, ValidateBy } from 'class-validator';
import { DEMO_PASSWORD, PASSWORD_WEAKNESS_TEXT, passwordWeakness } from '@app/directory';

/**
 * The one password policy: at creation, at a change and at an administrator's reset. The published
 * demo password is refused everywhere, so it cannot come back once production refused to start on it.
 */
export const PasswordPolicy = () =>
  applyDecorators(
    IsString(),
    Length(10, 200),
    // Anchored: unanchored lookaheads rescan the rest of the text from every position, so a long
    // password took minutes of CPU (every validator runs, not only the first that fails).
    Matches(/^(?=.*[A-Za-z])(?=.*\d)/s, { message: '$property must contain a letter and a digit' }),
    IsNotIn([DEMO_PASSWORD], { message: '$property must not be the published demo password' }),
    ValidateBy({
      name: 'notEasilyGuessed',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || passwordWeakness(value) === null,
        defaultMessage: (args) => {
          const weakness = typeof args?.value === 'string' ? passwordWeakness(args.value) : null;
          return `${args?.property ?? 'password'} ${weakness ? PASSWORD_WEAKNESS_TEXT[weakness] : 'is too easy to guess'}`;
        },
      },
    }),
  );

export const PASSWORD_POLICY_TEXT =
  'At least 10 characters with a letter and a digit, at least 5 different characters, no run or repeat of more than 5 (123456, aaaaaa); not the published demo password';
