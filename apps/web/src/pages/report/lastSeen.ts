import type { HistoryEvent } from '../../api/openapi.gen';

/**
 * Steps that are not a reading of the text: a save, and a due date moved by an extension decided on
 * the campaign's page (a walk, stop 53: a coordinator who had only refused an extension read
 * "自您上次处理时（第 2 版）以来…" on a report it had never opened).
 */
const NOT_READING = new Set(['save', 'due_date_changed']);

/**
 * The revision the reader last saw: the one current when they last acted on the report; failing that,
 * for a reader it was sent to (`sent`, ReportDetail.copy), the one sent before the latest; else the
 * one the last return was made on (what the reviewers sent back). Null when there is nothing to
 * compare. A 县委办 that never returned anything read "自上次退回时…以来正文没有修改" (a walk, stop 42).
 */
export function lastSeenRevision(
  events: HistoryEvent[],
  userId: string,
  sent?: { dispatches: ReadonlyArray<{ revision: number }> } | null,
): { revision: number; why: string } | null {
  const mine = [...events]
    .reverse()
    .find((e) => e.actor.id === userId && !NOT_READING.has(e.action) && e.revision > 0);
  if (mine) return { revision: mine.revision, why: '您上次处理时' };
  if (sent) {
    const before = sent.dispatches[sent.dispatches.length - 2];
    return before ? { revision: before.revision, why: '上次报送给本单位时' } : null;
  }
  const returned = [...events].reverse().find((e) => e.action === 'return' && e.revision > 0);
  if (returned) return { revision: returned.revision, why: '上次退回时' };
  return null;
}
