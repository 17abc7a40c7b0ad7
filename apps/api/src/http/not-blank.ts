import { Matches } from 'class-validator';

/**
 * A required text with something in it besides spaces: IsNotEmpty lets "   " through, stored as an
 * empty reason (scenario test, stop 47: an extension asked "for" nothing, a campaign withdrawn with
 * 撤回原因 blank). Said as IsNotEmpty says it, so the console asks for the field (请填写…).
 */
export const NotBlank = (field: string): PropertyDecorator =>
  Matches(/\S/, { message: `${field} should not be empty` });
