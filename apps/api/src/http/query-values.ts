import { ParseIntPipe } from '@nestjs/common';
import { CommonErrors } from '@app/common';

/**
 * A query-string boolean: only `true` and `false` become booleans; anything else is left as it came,
 * so that @IsBoolean refuses it with 400 (class-transformer's Boolean() would take "maybe" as true).
 */
export const queryBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * A path parameter that is a whole number, refused as every other field is (VALIDATION_FAILED naming
 * it): Nest's own pipe answered BAD_REQUEST "numeric string is expected", naming nothing (external
 * QA, stop 52).
 */
export const WholeNumberParam = (name: string) =>
  new WholeNumberPipe(/^\d{1,9}$/, () => wholeNumberRefusal(name));

/**
 * A row id in the path (a BIGINT AUTO_INCREMENT, up to 15 digits, within a JavaScript number), answered
 * with `notFound` when it is none: an id that cannot exist names nothing.
 */
export const RowIdParam = (notFound: () => Error) => new WholeNumberPipe(/^\d{1,15}$/, notFound);

/**
 * `0x1` was read as revision 1 and 99999999999999999999 as 1e20 (penetration test, stop 57): only
 * decimal digits are a number here, nine for a count such as a revision number (MariaDB's INT), 15
 * for a row id. A row id that cannot exist answers as an id that does not (404), so a caller cannot
 * tell ids from their shape (the enumeration test).
 */
class WholeNumberPipe extends ParseIntPipe {
  constructor(
    private readonly digits: RegExp,
    refusal: () => Error,
  ) {
    super({ exceptionFactory: refusal });
  }

  protected override isNumeric(value: string): boolean {
    return this.digits.test(String(value));
  }
}

function wholeNumberRefusal(name: string) {
  const problem = `${name}: must be a whole number (at most nine digits)`;
  return CommonErrors.validation(`Invalid input: ${problem}`, { fields: [problem] });
}
