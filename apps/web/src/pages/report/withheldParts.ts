/** The markers of a passage the public version leaves out (as the editor's 标注不予公开 writes them). */
export const WITHHOLD_START = '【不予公开】';
export const WITHHOLD_END = '【/不予公开】';

export interface TextPart {
  text: string;
  /** Inside 【不予公开】…【/不予公开】 (the markers included), so the reader sees what is withheld. */
  withheld: boolean;
}

/**
 * A section's text cut where passages are marked 不予公开, for the reading view to shade them: read
 * as raw markers, a reviewer could miss what the public version drops (a walk, stop 55). Display
 * only: the public version is built by the server (libs/content disclosure.ts), never from this. A
 * start marker without its end shades to the end of the text, as the error the server gives for it
 * is about exactly that passage.
 */
export function withheldParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let rest = text;
  while (rest.length > 0) {
    const start = rest.indexOf(WITHHOLD_START);
    if (start < 0) {
      parts.push({ text: rest, withheld: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), withheld: false });
    const end = rest.indexOf(WITHHOLD_END, start + WITHHOLD_START.length);
    const stop = end < 0 ? rest.length : end + WITHHOLD_END.length;
    parts.push({ text: rest.slice(start, stop), withheld: true });
    rest = rest.slice(stop);
  }
  return parts;
}
