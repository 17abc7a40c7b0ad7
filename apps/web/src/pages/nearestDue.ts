import type { WorkItem } from '../api/openapi.gen';

/**
 * The nearer of the stage limit (环节期限) and the report's own due date (报送截止), with its working
 * days left and which of the two it is: the column showed one figure without saying which (walk,
 * stop 47), and the two call for different actions (finish this step / get the report sent).
 */
export function nearestDue(
  r: Pick<WorkItem, 'stageDueAt' | 'stageWorkingDaysLeft' | 'dueAt' | 'workingDaysLeft'>,
): {
  due: string | null;
  workingDaysLeft: number | null;
  kind: '环节期限' | '报送截止' | null;
} {
  const dues = [
    { due: r.stageDueAt, workingDaysLeft: r.stageWorkingDaysLeft, kind: '环节期限' as const },
    { due: r.dueAt, workingDaysLeft: r.workingDaysLeft, kind: '报送截止' as const },
  ]
    .filter(
      (d): d is { due: string; workingDaysLeft: number | null; kind: '环节期限' | '报送截止' } => !!d.due,
    )
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
  return dues[0] ?? { due: null, workingDaysLeft: null, kind: null };
}
