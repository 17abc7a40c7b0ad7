import { chinaDueText } from '@app/calendar';
import type { Deadline, Report } from '@app/reports';
import { defaultRegistry, stateLabel } from '@app/workflow';

/** The inbox title and text of one reminder (催办) or escalation (督办). */
export function messageFor(
  report: Report,
  deadline: Deadline,
  kind: 'reminder' | 'escalation',
  occurrence: string,
) {
  const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
  const what =
    deadline.kind === 'stage'
      ? `“${stateLabel(definition, deadline.stage ?? report.state)}”环节`
      : deadline.kind === 'disclosure'
        ? '向社会公开'
        : deadline.kind === 'rectification'
          ? '问题清单整改'
          : '报送';
  const due = chinaDueText(deadline.dueAt);
  const when = occurrence.startsWith('before-')
    ? `将于${due}到期（还有${occurrence.slice(7)}个工作日）`
    : occurrence === 'on-day'
      ? `今天（${due}）到期`
      : `已逾期，截止${due}`;
  return {
    title: `${kind === 'escalation' ? '督办' : '催办'}：${report.title}`,
    body: `${report.title}${what}${when}，请及时办理。`,
  };
}
