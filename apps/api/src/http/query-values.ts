/**
 * A query-string boolean: only `true` and `false` become booleans; anything else is left as it came,
 * so that @IsBoolean refuses it with 400 (class-transformer's Boolean() would take "maybe" as true).
 */
export const queryBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
