import type { ReportSections, SectionKey } from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';

/**
 * The editor's unsaved text, kept in this browser until it is saved: a crash, a closed tab or a
 * navigation away does not lose an import of thousands of characters. Keyed by user and report, so
 * a colleague logging in on the same computer never gets it; holds report text, never a credential.
 */
export interface LocalDraft {
  /** The revision the edits started from: a draft on an older revision is offered, not applied. */
  basedOn: number;
  title: string;
  sections: ReportSections;
  savedAt: string;
}

const key = (userId: string, reportId: string) => `reportflow.draft.${userId}.${reportId}`;

export function readDraft(userId: string, reportId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(key(userId, reportId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeDraft(userId: string, reportId: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(key(userId, reportId), JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the leave prompt still protects the text.
  }
}

export function clearDraft(userId: string, reportId: string): void {
  localStorage.removeItem(key(userId, reportId));
}

export const sameText = (a: ReportSections, b: ReportSections): boolean =>
  sectionKeyValues.every((k) => a[k] === b[k]);

export interface DraftText {
  title: string;
  sections: ReportSections;
}

/** A part of the report changed both in this browser and in a revision saved since: not merged. */
export interface DraftConflict {
  part: SectionKey | 'title';
  /** What this browser held for it, kept for the drafter to merge by hand. */
  local: string;
}

export interface MergedDraft extends DraftText {
  conflicts: DraftConflict[];
}

/**
 * A draft started on an older revision, brought onto the current one part by part (a three-way merge
 * against the revision it started from): a part changed only here takes the local text, a part changed
 * only in the saved revisions keeps theirs, a part changed in both keeps the saved text and is listed
 * with the local one. Restoring such a draft used to put all of it over the newer revision and the
 * next save erased what another window had saved (a civil servant's walk, stop 40).
 */
export function mergeStaleDraft(base: DraftText, current: DraftText, draft: DraftText): MergedDraft {
  const conflicts: DraftConflict[] = [];
  const pick = (part: SectionKey | 'title', was: string, now: string, local: string): string => {
    if (local === was || local === now) return now;
    if (now === was) return local;
    conflicts.push({ part, local });
    return now;
  };
  const title = pick('title', base.title, current.title, draft.title);
  const sections = Object.fromEntries(
    sectionKeyValues.map((k) => [k, pick(k, base.sections[k], current.sections[k], draft.sections[k])]),
  ) as ReportSections;
  return { title, sections, conflicts };
}

const conflictKey = (userId: string, reportId: string) => `reportflow.draft-conflicts.${userId}.${reportId}`;

/** The local texts a merge could not place, kept until the drafter says they are dealt with. */
export function readConflicts(userId: string, reportId: string): DraftConflict[] {
  try {
    const raw = localStorage.getItem(conflictKey(userId, reportId));
    return raw ? (JSON.parse(raw) as DraftConflict[]) : [];
  } catch {
    return [];
  }
}

export function writeConflicts(userId: string, reportId: string, conflicts: DraftConflict[]): void {
  try {
    if (conflicts.length === 0) localStorage.removeItem(conflictKey(userId, reportId));
    else localStorage.setItem(conflictKey(userId, reportId), JSON.stringify(conflicts));
  } catch {
    // Storage refused: the conflicts are still shown until the page is left.
  }
}
