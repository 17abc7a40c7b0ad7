/**
 * A section that begins with the drafter's own numbered heading ("二、存在问题", as Word imports keep
 * it) is shown under that heading, as the exported document prints it (libs/content
 * section-headings), not under the statutory name with the drafter's line again below it: a
 * receiver read "二、存在的不足和原因" twice (a civil servant's walk, stop 42).
 */
const NUMBERED_HEADING = /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*\S/;

/** A numbered line short enough to be a heading and not a sentence. */
function isOwnHeading(line: string): boolean {
  // A heading is short and no sentence: "一、2026年，我局…。" is the text's first paragraph. A comma
  // may part a long heading (三、…第一责任人职责，加强法治政府建设的有关情况: a walk, stop 53, read it
  // twice), not end one.
  return NUMBERED_HEADING.test(line) && line.length <= 40 && !/[。；;！!？?]|[，,、]$/.test(line);
}

/** A 主送 line (昌吉州交通运输局，县委、县人民政府：): short, no figures or sentence, ending with a colon. */
const ADDRESSEE = /^[^\d。；;！!？?]{2,60}[：:]$/;
/** How many lines of 主送 and 导语 may stand before the first item's own heading. */
const PREAMBLE_LINES = 6;

/**
 * The section's own heading and the text after it; no heading when its first line is not one. The
 * first item often opens with the 主送 line and the 导语 before its heading, as the import keeps them:
 * those lines are the preamble, shown before the heading as the document prints them (a walk, stop 53:
 * the reading view showed 一、主要举措和成效, the preamble, then 一、2026年度…的主要举措和成效).
 */
export function splitOwnHeading(
  text: string,
  /** Item 1 (measures): only it opens with a 主送 line or a 导语 before its own heading. */
  firstItem = false,
): {
  preamble: string | null;
  heading: string | null;
  body: string;
} {
  const lines = text.split('\n');
  const filled = lines.flatMap((line, index) => (line.trim() !== '' ? [index] : []));
  const first = filled[0];
  const rest = (index: number) =>
    lines
      .slice(index + 1)
      .join('\n')
      .replace(/^\n+/, '');
  if (first !== undefined && isOwnHeading(lines[first].trim()))
    return { preamble: null, heading: lines[first].trim(), body: rest(first) };
  if (first !== undefined && firstItem) {
    const heading = filled.slice(1, PREAMBLE_LINES).find((index) => isOwnHeading(lines[index].trim()));
    // Before it, a 主送 line, or a 导语 that announces what follows (…现将有关情况报告如下：): an
    // introduction without a 主送 line was shown between the item's name and its own heading (a walk,
    // stop 57). Without either, the numbered line is a sub-list of the text, not the item's heading.
    // Only the first item's own number (一、) is announced so: the 导语 stands before item 1.
    const announced = (index: number) =>
      /^一/.test(lines[index].trim()) && /[：:]$/.test(lines[filled[filled.indexOf(index) - 1]].trim());
    if (heading !== undefined && (ADDRESSEE.test(lines[first].trim()) || announced(heading)))
      return {
        preamble: lines.slice(first, heading).join('\n').trim(),
        heading: lines[heading].trim(),
        body: rest(heading),
      };
  }
  return { preamble: null, heading: null, body: text };
}
