import { formatChinaDate } from '../../components/dates';

/** Why the report's due date moved (延期, a withdrawal, an earlier campaign), as the API records it. */
const DUE_DATE_REASONS: Record<string, string> = {
  extension_granted: '批准延期申请',
  campaign_withdrawn: '报送任务撤回',
  campaign_asked: '新的报送任务要求更早报送',
};

/** 报送截止日期由…改为…（why）: the history said only 截止日期变更 (a civil servant's walk, stop 40). */
export function dueDateMove(fields: Record<string, unknown> | null | undefined): string {
  const day = (value: unknown) => (typeof value === 'string' ? formatChinaDate(value) : null);
  const before = day(fields?.dueDateBefore);
  const after = day(fields?.dueDate);
  const why = DUE_DATE_REASONS[String(fields?.kind)];
  const move = after
    ? `报送截止日期${before ? `由${before}` : ''}改为${after}`
    : `报送截止日期${before ? `（原${before}）` : ''}不再适用`;
  return why ? `${move}（${why}）` : move;
}
