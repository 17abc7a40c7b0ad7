import { formatChinaDate } from '../../components/dates';

/** Why the report's due date moved (延期, a withdrawal, an earlier campaign), as the API records it. */
const DUE_DATE_REASONS: Record<string, string> = {
  extension_granted: '批准延期申请',
  campaign_withdrawn: '报送任务撤销',
  campaign_asked: '新的报送任务要求更早报送',
};

/** 报送截止日期由…改为…（why）: the history said only 截止日期变更 (a civil servant's walk, stop 40). */
export function dueDateMove(fields: Record<string, unknown> | null | undefined): string {
  const day = (value: unknown) => (typeof value === 'string' ? formatChinaDate(value) : null);
  const before = day(fields?.dueDateBefore);
  const after = day(fields?.dueDate);
  // A campaign asking a report that had no date (its campaign withdrawn) set one; it was not earlier.
  const why =
    fields?.kind === 'campaign_asked' && !before ? '新的报送任务' : DUE_DATE_REASONS[String(fields?.kind)];
  const move = after
    ? `报送截止日期${before ? `由${before}` : ''}改为${after}`
    : `报送截止日期${before ? `（原${before}）` : ''}不再适用`;
  return why ? `${move}（${why}）` : move;
}

/**
 * What became of the due date after `since` (a 催办 saying 将于…到期): the last move recorded after it,
 * in words, or null. The banner kept its old date after an extension was granted (a walk, stop 40).
 */
export function dueDateMovedSince(
  events: ReadonlyArray<{ action: string; createdAt: string; fields?: Record<string, unknown> | null }>,
  since: string,
): string | null {
  const moves = events.filter(
    (e) => e.action === 'due_date_changed' && Date.parse(e.createdAt) > Date.parse(since),
  );
  return moves.length > 0 ? dueDateMove(moves[moves.length - 1].fields) : null;
}

/**
 * Whether the last move of the due date after `since` is the campaign's withdrawal, which leaves no
 * date at all: a 催办 before it asks for nothing (a walk, stop 57, read "催办之后，…不再适用" as the
 * 催办 itself cancelling the deadline).
 */
export function withdrawnSince(
  events: ReadonlyArray<{ action: string; createdAt: string; fields?: Record<string, unknown> | null }>,
  since: string,
): boolean {
  const moves = events.filter(
    (e) => e.action === 'due_date_changed' && Date.parse(e.createdAt) > Date.parse(since),
  );
  const last = moves[moves.length - 1];
  return last !== undefined && last.fields?.kind === 'campaign_withdrawn' && !last.fields?.dueDate;
}
