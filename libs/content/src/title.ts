/**
 * The report's title as the import takes it out of the text: the whole title, for the form's title field,
 * and the lines it occupies (and repeats), which then belong to no section. Not read by the completeness
 * check, which reads the title through meta.ts.
 */
import { unitFromTitle } from './meta';
import { compact, isPageArtifact } from './normalize';

/** How a unit's name ends (as in a signature line): a date or anything else above a title is not its head. */
const UNIT_END = /(局|委|办|厅|政府|委员会|办公室|中心|院|所|站|队)$/;

/** The next non-blank line after (step 1) or before (step -1) line i, across at most two blank lines. */
function adjacent(norms: string[], i: number, step: 1 | -1): number | undefined {
  for (let j = i + step, blanks = 0; j >= 0 && j < norms.length; j += step) {
    if (norms[j] !== '' && !isPageArtifact(norms[j])) return j;
    if (++blanks > 2) return undefined;
  }
  return undefined;
}

/** A line that can open a title split over two lines: a unit name, or a unit and year ("XX县司法局2025年度"). */
function titleHead(norm: string): boolean {
  const n = compact(norm);
  return (
    n.length >= 3 &&
    n.length <= 30 &&
    !/[。,，、;；:：!！?？]/.test(n) &&
    UNIT_END.test(n.replace(/(20\d{2})年度?$/, ''))
  );
}

/** A title line as a title, not a sentence that happens to name 法治 and 报告 ("现将…情况报告如下："). */
function titleShape(norm: string): boolean {
  return !/[。,，;；:：!！?？]/.test(norm);
}

/**
 * The title's lines before `limit`: the title line, with a unit name on the line above joined in when the
 * title does not name one ("宝坻区交通局" / "2023年法治政府建设情况报告"), and every other line, or pair of
 * lines, that only repeats it (a web page's title above the document's own). A title line that reads like a
 * sentence is not taken (lines: [], the text still being the title).
 */
export function titleLines(
  norms: string[],
  title: { index: number; text: string; continuation?: number },
  limit: number,
): { text: string; lines: number[] } {
  if (!titleShape(title.text)) return { text: title.text, lines: [] };
  let lines = title.continuation === undefined ? [title.index] : [title.index, title.continuation];
  let text = title.text;
  const above = adjacent(norms, title.index, -1);
  if (above !== undefined && unitFromTitle(text) === undefined && titleHead(norms[above])) {
    lines = [above, ...lines];
    text = `${norms[above]}${text}`;
  }
  const whole = compact(text);
  for (let i = 0; i < Math.min(limit, norms.length); i++) {
    if (norms[i] === '' || lines.includes(i)) continue;
    if (compact(norms[i]) === whole) lines.push(i);
    else {
      const next = adjacent(norms, i, 1);
      if (
        next !== undefined &&
        next < limit &&
        !lines.includes(next) &&
        compact(norms[i] + norms[next]) === whole
      )
        lines.push(i, next);
    }
  }
  return { text, lines: lines.sort((a, b) => a - b) };
}

/** The unit a title names, also when a title split after the unit was joined ("XX县司法局关于2025年…"). */
export function unitOfTitle(title: string): string | undefined {
  return unitFromTitle(title) ?? unitFromTitle(title.replace(/关于(?=(20\d{2})年)/, ''));
}
