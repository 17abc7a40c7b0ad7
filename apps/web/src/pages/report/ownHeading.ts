/**
 * A section that begins with the drafter's own numbered heading ("二、存在问题", as Word imports keep
 * it) is shown under that heading, as the exported document prints it (libs/content
 * section-headings), not under the statutory name with the drafter's line again below it: a
 * receiver read "二、存在的不足和原因" twice (a civil servant's walk, stop 42).
 */
const NUMBERED_HEADING = /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*\S/;

/** The section's own heading and the text after it; no heading when its first line is not one. */
export function splitOwnHeading(text: string): { heading: string | null; body: string } {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const line = first >= 0 ? lines[first].trim() : '';
  // A heading is short and no sentence: "一、2026年，我局…。" is the text's first paragraph. A comma
  // may part a long heading (三、…第一责任人职责，加强法治政府建设的有关情况: a walk, stop 53, read it
  // twice), not end one.
  if (!NUMBERED_HEADING.test(line) || line.length > 40 || /[。；;！!？?]|[，,、]$/.test(line))
    return { heading: null, body: text };
  return {
    heading: line,
    body: lines
      .slice(first + 1)
      .join('\n')
      .replace(/^\n+/, ''),
  };
}
