import { diffArrays } from 'diff';
import { SECTION_KEYS, type ReportSections, type SectionKey } from '@app/content';

/**
 * Most lines added plus removed that one section's comparison may find. The comparison's work grows with
 * the square of this count, and it runs on the API's event loop: two revisions of 4,000 different lines
 * took 13 s. A real revision changes a few dozen lines; a section rewritten whole, a few hundred.
 */
export const MAX_CHANGED_LINES = 1000;

export interface SectionDiff {
  section: SectionKey;
  changed: boolean;
  /**
   * The two texts differ in more than MAX_CHANGED_LINES lines: too different to compare line by line.
   * Then hunks is empty, and the reader compares the two revisions whole.
   */
  tooDifferent: boolean;
  /** Line-level changes: kept, added or removed runs of lines, in order. */
  hunks: Array<{ kind: 'same' | 'added' | 'removed'; lines: string[] }>;
}

/** Compares two revisions section by section, line by line (what a reviewer reads side by side). */
export function diffSections(from: ReportSections, to: ReportSections): SectionDiff[] {
  return SECTION_KEYS.map((section) => {
    if (from[section] === to[section]) {
      const lines = from[section].split('\n');
      return { section, changed: false, tooDifferent: false, hunks: [{ kind: 'same' as const, lines }] };
    }
    // Gives up (undefined) once more lines than that would have to differ, instead of working on.
    const parts = diffArrays(from[section].split('\n'), to[section].split('\n'), {
      maxEditLength: MAX_CHANGED_LINES,
    });
    if (!parts) return { section, changed: true, tooDifferent: true, hunks: [] };
    const hunks = parts.map((p) => ({
      kind: p.added ? ('added' as const) : p.removed ? ('removed' as const) : ('same' as const),
      lines: p.value,
    }));
    return { section, changed: true, tooDifferent: false, hunks };
  });
}
