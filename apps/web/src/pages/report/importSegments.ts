import type {
  ImportResult,
  MappingEntry,
  ReportSections,
  SectionKey,
  StatutoryItem,
} from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';
import { ITEM_SECTION } from '../../labels';

/**
 * The imported text cut into movable blocks: each mapping entry's block runs from its heading to the
 * next entry's heading in the same section. The drafter reassigns a block to another item; the sections
 * are rebuilt from the blocks in input order. A block whose heading cannot be found stays where it is.
 */
export interface Segment {
  id: number;
  entry: MappingEntry | null;
  /** Where the import put it. */
  original: SectionKey;
  /** Where the drafter wants it. */
  target: SectionKey;
  text: string;
  /** Order in the input (line number), for rebuilding. */
  line: number;
}

export function segmentsOf(result: ImportResult): Segment[] {
  const segments: Segment[] = [];
  let id = 0;
  for (const key of sectionKeyValues) {
    const text = result.sections[key];
    if (!text) continue;
    const entries = result.mapping
      .filter((e) => ITEM_SECTION[e.item] === key)
      .sort((a, b) => a.line - b.line);
    // Find each entry's heading in order; those not found are merged into the block before them.
    const cuts: Array<{ at: number; entry: MappingEntry }> = [];
    let from = 0;
    for (const entry of entries) {
      const probe = entry.heading.trim().slice(0, 40);
      const at = probe ? text.indexOf(probe, from) : -1;
      if (at < 0) continue;
      cuts.push({ at: lineStart(text, at), entry });
      from = at + probe.length;
    }
    const firstAt = cuts[0]?.at ?? text.length;
    if (firstAt > 0) {
      segments.push({
        id: id++,
        entry: null,
        original: key,
        target: key,
        text: text.slice(0, firstAt),
        line: 0,
      });
    }
    cuts.forEach((cut, i) => {
      const end = cuts[i + 1]?.at ?? text.length;
      segments.push({
        id: id++,
        entry: cut.entry,
        original: key,
        target: key,
        text: text.slice(cut.at, end),
        line: cut.entry.line,
      });
    });
  }
  return segments;
}

function lineStart(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl < 0 ? 0 : nl + 1;
}

/** The five sections from the blocks, each in input order (blocks that stayed keep their place). */
export function sectionsFrom(segments: Segment[]): ReportSections {
  const sections = { measures: '', shortcomings: '', leadersDuty: '', nextYearPlan: '', other: '' };
  for (const key of sectionKeyValues) {
    const parts = segments
      .filter((s) => s.target === key)
      .sort((a, b) => a.line - b.line || a.id - b.id)
      .map((s) => s.text.replace(/\n+$/, ''));
    sections[key] = parts.filter((p) => p.trim() !== '').join('\n');
  }
  return sections;
}

export const itemOf = (key: SectionKey): StatutoryItem =>
  (sectionKeyValues.indexOf(key) + 1) as StatutoryItem;

/**
 * The reason with how sure the import is, unless the reason already asks for a check: 「…，请核对）
 * （请核对）」 said it twice (a walk, stop 48).
 */
export function withCertainty(reason: string, confidence: number): string {
  const sure = certainty(confidence);
  return /请(重点)?核对/.test(reason) && sure !== '把握较大' ? reason : `${reason}（${sure}）`;
}

/** How sure the import is of a placement, in words rather than a percentage (a walk, stop 40). */
function certainty(confidence: number): string {
  if (confidence >= 0.8) return '把握较大';
  if (confidence >= 0.5) return '请核对';
  return '把握不大，请重点核对';
}
