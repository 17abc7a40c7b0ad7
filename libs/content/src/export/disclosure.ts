/**
 * Passages not for publication (不予公开). The annual report is published by 1 April "except content that
 * touches state secrets" (see domain.md, "public disclosure"). The drafter marks such a passage in the section
 * text with two lines of their own:
 *
 *     【不予公开】
 *     …the passage, any number of lines…
 *     【/不予公开】
 *
 * - Public version: the two marker lines and everything between them are left out.
 * - Internal version (the one submitted upward): everything is kept, the marker lines too. The reviewers and
 *   the party group approve what will be withheld from the public, so they must see both the passage and
 *   the fact that it is marked; and the export stays exactly the stored text.
 * - An opening marker without a closing one hides the rest of that section in the public version: when in
 *   doubt, publish less. A closing marker without an opening one is just dropped from the public version.
 * Markers are matched on the normalized line (surrounding spaces and markdown bold ignored); a marker never
 * spans sections.
 */
import { normalizeLine } from '../normalize';

export const WITHHOLD_START = '【不予公开】';
export const WITHHOLD_END = '【/不予公开】';

/** The lines of one section that go into the document. */
export function disclosedLines(lines: string[], publicVersion: boolean): string[] {
  if (!publicVersion) return lines;
  const out: string[] = [];
  let withheld = false;
  for (const line of lines) {
    const norm = normalizeLine(line);
    if (norm === WITHHOLD_START) withheld = true;
    else if (norm === WITHHOLD_END) withheld = false;
    else if (!withheld) out.push(line);
  }
  return out;
}
