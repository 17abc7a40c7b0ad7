import { diffArrays } from 'diff';
import { SECTION_KEYS, type ReportSections, type SectionKey } from '@app/content';

export interface SectionDiff {
  section: SectionKey;
  changed: boolean;
  /** Line-level changes: kept, added or removed runs of lines, in order. */
  hunks: Array<{ kind: 'same' | 'added' | 'removed'; lines: string[] }>;
}

/** Compares two revisions section by section, line by line (what a reviewer reads side by side). */
export function diffSections(from: ReportSections, to: ReportSections): SectionDiff[] {
  return SECTION_KEYS.map((section) => {
    const parts = diffArrays(from[section].split('\n'), to[section].split('\n'));
    const hunks = parts.map((p) => ({
      kind: p.added ? ('added' as const) : p.removed ? ('removed' as const) : ('same' as const),
      lines: p.value,
    }));
    return { section, changed: hunks.some((h) => h.kind !== 'same'), hunks };
  });
}
