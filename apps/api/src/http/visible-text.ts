import { Matches, type ValidationOptions } from 'class-validator';

/**
 * Characters that make a one-line text read as another: format characters (zero-width, soft hyphen,
 * BOM, direction marks and overrides, which display 乙县交通运输局 or a 通报 title for a different
 * string: penetration tests, stops 43 and 47), the other characters Unicode says to draw as nothing
 * (variation selectors, fillers such as U+3164, tags), the blank braille pattern, and line and
 * paragraph breaks of every kind. A unit's name, a title, a 文号 or a 主送 line is written in one
 * script at a time and needs none of them. Variation selectors are allowed (review, stop 48): they
 * only choose a glyph, and a personal name with a rare character (生僻字) may need an ideographic one,
 * a Mongolian name its free variation selectors.
 */
export const NO_INVISIBLE_CHARACTERS =
  /^(?:(?![\t\n\r\v\f\p{Zl}\p{Zp}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800])[\s\S]|\p{Variation_Selector})*$/u;

/** Refuses NO_INVISIBLE_CHARACTERS' characters in `field`, with a message that says what to do. */
export function VisibleText(field: string, options: ValidationOptions = {}): PropertyDecorator {
  return Matches(NO_INVISIBLE_CHARACTERS, {
    ...options,
    message: `${field} must not contain invisible characters (zero-width spaces, direction marks, line breaks); retype it`,
  });
}

/**
 * Direction overrides, embeddings and isolates (U+202A-U+202E, U+2066-U+2069): in a reason, comment or
 * paragraph read by another office they make a text display as another (penetration test, stop 48: an
 * extension's reason reached the office's inbox reversed). A longer text may keep its line breaks and
 * the zero-width characters that pasting from Word brings; it has no use for these.
 */
export const NO_DIRECTION_CONTROLS = /^[^\u202a-\u202e\u2066-\u2069]*$/u;

/** Refuses NO_DIRECTION_CONTROLS' characters in the multi-line text `field` (each entry of an array with `each`). */
export function NoDirectionControls(field: string, options: ValidationOptions = {}): PropertyDecorator {
  return Matches(NO_DIRECTION_CONTROLS, {
    ...options,
    message: `${field} must not contain direction control characters (U+202A-U+202E, U+2066-U+2069); retype it`,
  });
}
