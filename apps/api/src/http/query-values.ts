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
  new ParseIntPipe({
    exceptionFactory: () => {
      const problem = `${name}: must be a whole number`;
      return CommonErrors.validation(`Invalid input: ${problem}`, { fields: [problem] });
    },
  });
