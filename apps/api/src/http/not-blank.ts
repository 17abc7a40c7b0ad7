import { Matches } from 'class-validator';

/**
 * A character that is drawn: not a space, nor a format or default-ignorable character (a zero-width
 * space alone read as a reason: penetration test, stop 48), nor the blank braille pattern.
 */
export const SOMETHING_VISIBLE = /[^\s\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;

/**
 * A required text with something in it besides spaces: IsNotEmpty lets "   " through, stored as an
 * empty reason (scenario test, stop 47: an extension asked "for" nothing, a campaign withdrawn with
 * 撤回原因 blank). Said as IsNotEmpty says it, so the console asks for the field (请填写…).
 */
export const NotBlank = (field: string): PropertyDecorator =>
  Matches(SOMETHING_VISIBLE, { message: `${field} should not be empty` });
