/**
 * Word-level differences inside one changed line, so a reviewer sees the three characters that
 * changed rather than a whole highlighted paragraph. Chinese has no spaces: each Han character is
 * a token; Latin words and numbers (126, 3.5) stay whole, so "126项" -> "128项" marks the number.
 */
export interface Piece {
  text: string;
  changed: boolean;
}

const TOKEN = /[A-Za-z]+|\d+(?:\.\d+)?%?|\s+|./gsu;
/** Above this many token pairs the comparison would stall the page: the line is marked whole. */
const MAX_CELLS = 4_000_000;

export const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** The two lines as pieces: in `before`, what was removed; in `after`, what was added. */
export function wordDiff(before: string, after: string): { before: Piece[]; after: Piece[] } {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS) {
    return { before: [{ text: before, changed: true }], after: [{ text: after, changed: true }] };
  }
  // Longest common subsequence, lengths of suffixes, in one flat array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1] + 1
          : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const left: Piece[] = [];
  const right: Piece[] = [];
  const push = (pieces: Piece[], text: string, changed: boolean) => {
    const last = pieces[pieces.length - 1];
    if (last && last.changed === changed) last.text += text;
    else pieces.push({ text, changed });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(left, a[i++], false);
      push(right, b[j++], false);
    } else if (j < b.length && (i === a.length || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) {
      push(right, b[j++], true);
    } else {
      push(left, a[i++], true);
    }
  }
  return { before: left, after: right };
}
