import { Matches, type ValidationOptions } from 'class-validator';

/**
 * Characters that make a one-line text read as another: invisible ones (zero-width, soft hyphen,
 * BOM), direction marks and overrides, which display 乙县交通运输局 or a 通报 title for a different
 * string (penetration tests, stops 43 and 47), and line breaks and tabs. A unit's name, a title, a
 * 文号 or a 主送 line is written in one script at a time and needs none of them.
 */
export const NO_INVISIBLE_CHARACTERS =
  /^[^\t\n\r\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]*$/;

/** Refuses NO_INVISIBLE_CHARACTERS' characters in `field`, with a message that says what to do. */
export function VisibleText(field: string, options: ValidationOptions = {}): PropertyDecorator {
  return Matches(NO_INVISIBLE_CHARACTERS, {
    ...options,
    message: `${field} must not contain invisible characters (zero-width spaces, direction marks, line breaks); retype it`,
  });
}
