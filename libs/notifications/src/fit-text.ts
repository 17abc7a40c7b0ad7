/** The column sizes of the stored texts, in characters (VARCHAR counts characters, not bytes). */
export const TEXT_LIMITS = {
  notificationTitle: 200,
  notificationBody: 2000,
  deliverySubject: 200,
  deliveryBody: 2000,
} as const;

const ELLIPSIS = '…';

/**
 * The text as it fits in `maxChars` characters: unchanged when it fits, otherwise cut and ended
 * with an ellipsis, so a reader sees that something was left out. Counted in code points, as
 * MySQL counts them, so a character outside the BMP is never split in half. Every stored
 * notification and delivery text goes through here: MySQL never truncates one silently.
 */
export function fitText(text: string, maxChars: number): string {
  // A string has at least as many UTF-16 units as code points: short enough in units is short enough.
  if (text.length <= maxChars) return text;
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return chars.slice(0, Math.max(0, maxChars - ELLIPSIS.length)).join('') + ELLIPSIS;
}
