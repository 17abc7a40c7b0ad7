import type { HistoryEvent, SectionKey } from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';

/**
 * A return's comment may name the sections it concerns: "【涉及：第一部分、第三部分】…". The API stores
 * the comment as text; the console writes and reads this prefix so the drafter sees each comment on the
 * sections it is about (a comment naming none concerns the whole report).
 */
const NUMERALS = ['一', '二', '三', '四', '五'];
const PREFIX = /^【涉及：([^】]*)】\s*/;

export function encodeReturnComment(sections: SectionKey[], text: string): string {
  if (sections.length === 0) return text.trim();
  const names = sections.map((s) => `第${NUMERALS[sectionKeyValues.indexOf(s)]}部分`);
  return `【涉及：${names.join('、')}】${text.trim()}`;
}

export function decodeReturnComment(comment: string): { sections: SectionKey[]; text: string } {
  const match = PREFIX.exec(comment);
  if (!match) return { sections: [], text: comment };
  const sections = [...match[1].matchAll(/第([一二三四五])部分/g)].map(
    (m) => sectionKeyValues[NUMERALS.indexOf(m[1])],
  );
  return { sections, text: comment.slice(match[0].length) };
}

export interface ReturnNote {
  text: string;
  sections: SectionKey[];
  by: string;
  role: string;
  at: string;
  fromState: string | null;
}

/** The return that sent the report back into drafting most recently, if it is still the current round. */
export function latestReturn(events: HistoryEvent[]): ReturnNote | null {
  const last = [...events].reverse().find((e) => e.action === 'return' || e.action === 'submit');
  if (!last || last.action !== 'return' || !last.comment) return null;
  const { sections, text } = decodeReturnComment(last.comment);
  return {
    text,
    sections,
    by: last.actor.displayName ?? last.actor.username ?? '',
    role: String(last.actorRole),
    at: last.createdAt,
    fromState: last.fromState,
  };
}
