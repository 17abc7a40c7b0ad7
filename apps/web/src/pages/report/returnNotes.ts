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
  /**
   * A return, or the meeting's 原则通过（按意见修改）: it too sends the report back to its drafter
   * with what to change, then straight on to sign-off (a walk, stop 49: it was shown nowhere on the
   * page and told as 退回修改).
   */
  kind: 'return' | 'in_principle';
  text: string;
  sections: SectionKey[];
  by: string;
  role: string;
  at: string;
  fromState: string | null;
  /**
   * The office that returned it through its receipt (依法治州办 …), named by the receipt_returned
   * event just before; null for a return by the unit's own reviewers.
   */
  office: { id: string | null; name: string } | null;
}

/** The return that sent the report back into drafting most recently, if it is still the current round. */
export function latestReturn(events: HistoryEvent[]): ReturnNote | null {
  let index = events.length - 1;
  const sendsBack = (action: string) => action === 'return' || action === 'approve_in_principle';
  while (index >= 0 && !sendsBack(events[index].action) && events[index].action !== 'submit') index--;
  const last = index >= 0 ? events[index] : undefined;
  if (!last || !sendsBack(last.action) || !last.comment) return null;
  const { sections, text } = decodeReturnComment(last.comment);
  // An issuing office returns its receipt first (receipt_returned, naming the office), then the report.
  const receipt = events
    .slice(0, index)
    .reverse()
    .find((e) => e.action === 'receipt_returned' && e.actor.id === last.actor.id);
  const officeName = receipt?.fields?.recipientUnitName;
  const officeId = receipt?.fields?.recipientUnitId;
  return {
    kind: last.action === 'approve_in_principle' ? 'in_principle' : 'return',
    text,
    sections,
    by: last.actor.displayName ?? last.actor.username ?? '',
    role: String(last.actorRole),
    at: last.createdAt,
    fromState: last.fromState,
    office:
      typeof officeName === 'string'
        ? { id: typeof officeId === 'string' ? officeId : null, name: officeName }
        : null,
  };
}

/**
 * 退回次数 split by who returned: the unit's own reviewers (内部审核) or a campaign's issuing office
 * through its receipt (上级, a coordinator). Null when the history shown does not hold every return
 * the report counts (a copy seen as dispatched): then only the total can be said.
 */
export function returnCounts(
  events: HistoryEvent[],
  returnCount: number,
): { internal: number; upper: number } | null {
  const returns = events.filter((e) => e.action === 'return');
  if (returns.length !== returnCount) return null;
  const upper = returns.filter((e) => e.actorRole === 'coordinator').length;
  return { internal: returns.length - upper, upper };
}
