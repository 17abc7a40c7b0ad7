import type { ReportSections } from '../../api/openapi.gen';
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
