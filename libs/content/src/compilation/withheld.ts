/**
 * Where the 【不予公开】 passages of a text are, for documents that keep them (the compilation is internal to
 * the office) but must show them as withheld. Unlike the public version, which refuses markers that do not
 * pair up (disclosure.ts), this one never refuses: an opening marker never closed withholds the rest of the
 * text, so a passage is never shown as ordinary text because its closing marker was forgotten; a closing
 * marker never opened is kept as written.
 */
import { withholdMarkersOf } from '../export/disclosure';

export interface TextSpan {
  start: number;
  end: number;
}

/** The withheld spans of a text, markers included, in order. */
export function withheldSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let open: number | undefined;
  for (const m of withholdMarkersOf(text).markers) {
    if (!m.closing && open === undefined) open = m.start;
    else if (m.closing && open !== undefined) {
      spans.push({ start: open, end: m.end });
      open = undefined;
    }
  }
  if (open !== undefined) spans.push({ start: open, end: text.length });
  return spans;
}

/** Pieces of `text` (which starts at `offset` in the text the spans were found in), withheld or not. */
export function splitByWithheld(
  text: string,
  offset: number,
  spans: readonly TextSpan[],
): Array<{ text: string; withheld: boolean }> {
  const runs: Array<{ text: string; withheld: boolean }> = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start - offset, 0);
    const end = Math.min(span.end - offset, text.length);
    if (end <= at || start >= text.length) continue;
    if (start > at) runs.push({ text: text.slice(at, start), withheld: false });
    runs.push({ text: text.slice(Math.max(start, at), end), withheld: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), withheld: false });
  return runs;
}

/** Whether the position lies inside one of the spans. */
export function isWithheld(position: number, spans: readonly TextSpan[]): boolean {
  return spans.some((s) => position >= s.start && position < s.end);
}
