import { Alert, App, Button, Skeleton } from 'antd';
import { useState } from 'react';
import { useApplyDocumentFixes } from '../../api/mutations';
import type { ReportDetail } from '../../api/openapi.gen';
import { errorText, useDocumentCheck } from '../../api/queries';

/**
 * Before export: the headings the official document would print twice or with another number than
 * the drafter wrote (a pasted draft keeps its own 一、三、…), each said with its fix; the drafter
 * applies the fixes as a new revision. The check reads the saved text, which is what is exported.
 */
export function HeadingCheck({ report, canFix }: { report: ReportDetail; canFix: boolean }) {
  const { message } = App.useApp();
  const check = useDocumentCheck(report.id, report.currentRevision > 0);
  const fixes = useApplyDocumentFixes(report.id);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (check.isPending) return <Skeleton active paragraph={{ rows: 1 }} title={false} />;
  if (check.isError)
    return <Alert type="warning" showIcon title={`标题检查暂不可用：${errorText(check.error)}`} />;
  const issues = check.data.headings;
  const markers = check.data.withholdMarkers;
  // The public version is refused while these stand (422 at its export and at 保密审查 after dispatch).
  const markerAlert = markers.length > 0 && (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="withhold-marker-check"
      style={{ marginBottom: issues.length > 0 ? 8 : 0 }}
      title={`公开版将无法生成：${markers.length} 处不予公开标记不成对或无法识别，请在正文中修改后保存`}
      description={
        <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
          {markers.map((m) => (
            <li key={`${m.where}-${m.line}-${m.kind}-${m.near}`}>{m.message}</li>
          ))}
        </ul>
      }
    />
  );
  if (issues.length === 0) {
    return (
      markerAlert || (
        <Alert type="success" showIcon data-testid="heading-check" title="各部分标题编号无误，可以导出。" />
      )
    );
  }
  const apply = async () => {
    setRefusal(null);
    try {
      const applied = await fixes.mutateAsync(check.data.revision);
      if (applied.revision === null) message.info('没有可自动修正的标题，请在正文中调整');
      else message.success(`已修正 ${applied.headingFixes} 处标题，保存为第 ${applied.revision} 版`);
    } catch (e) {
      // A save meanwhile (409): the hook re-read the report and its check, shown above.
      setRefusal(errorText(e));
    }
  };
  // Only a fix the check names is applied: a heading with none (a 六、 after the five items, say) is
  // the drafter's to move, and the button saved nothing and said 第 null 版 (a walk, stop 50).
  const fixable = issues.some((h) => h.fix !== null);
  return (
    <>
      {markerAlert}
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="heading-check"
        title={`导出前请修正：${issues.length} 处标题导出时会重复、改号或序号不连续`}
        description={
          <>
            <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
              {issues.map((h) => (
                <li key={`${h.section}-${h.line}`}>{h.message}</li>
              ))}
            </ul>
            {refusal && <div role="alert">{refusal}</div>}
            {canFix && fixable && (
              <Button type="primary" loading={fixes.isPending} onClick={() => void apply()}>
                按建议修正标题（保存为新版本）
              </Button>
            )}
            {canFix && !fixable && (
              <div data-testid="heading-check-manual">以上标题无法自动修正，请在正文中按提示调整后保存。</div>
            )}
          </>
        }
      />
    </>
  );
}
