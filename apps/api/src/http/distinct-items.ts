import { ValidateBy } from 'class-validator';

/**
 * Every item of the array differs from the others, checked in one pass. class-validator's
 * ArrayUnique compares each item with every other (indexOf inside filter) and runs even when the
 * array is far over its ArrayMaxSize: 140,000 numbers in an 869 KB body held an API process for
 * 26 s (penetration test, stop 55). Said as ArrayUnique says it, so clients read the same message.
 */
export const DistinctItems = (): PropertyDecorator =>
  ValidateBy({
    name: 'arrayUnique',
    validator: {
      validate: (value: unknown) => !Array.isArray(value) || new Set(value).size === value.length,
      defaultMessage: (args) => `All ${args?.property ?? 'the'}'s elements must be unique`,
    },
  });
