import { ValidateIf } from 'class-validator';

/**
 * An optional field that may be left out but not sent as null: class-validator's IsOptional lets
 * null through, and where null means nothing (a reminder setting, the line asked for) it was taken
 * as "off" or as the default without a word (scenario tests, stop 45: `onTheDay: null` switched the
 * on-the-day reminder off; `stageLimits: null` was a 500). The field's own validators then say what
 * to send. Fields where null means something (clearing a webhook) keep their own ValidateIf.
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
