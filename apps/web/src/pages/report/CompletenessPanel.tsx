import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
} from '@ant-design/icons';
import { Alert, Card, Empty, Spin, Tag, Typography } from 'antd';
import type { CheckResult, Finding, SectionKey } from '../../api/openapi.gen';
import { ITEM_SECTION } from '../../labels';

const ICONS: Record<Finding['severity'], React.ReactNode> = {
  error: <CloseCircleFilled style={{ color: '#cf1322' }} aria-label="错误" />,
  warning: <ExclamationCircleFilled style={{ color: '#d46b08' }} aria-label="提醒" />,
  info: <InfoCircleFilled style={{ color: '#1d4e89' }} aria-label="提示" />,
};

/** The completeness check (形式审查) beside the text, refreshed as the drafter types. */
export function CompletenessPanel({
  result,
  checking,
  error,
  empty,
  onJump,
  documentIssues = 0,
}: {
  result: CheckResult | null;
  checking: boolean;
  error: string | null;
  /** No text yet: only then does the panel say it will check once there is some. */
  empty: boolean;
  /** Jump to a finding's section (the editor); absent where the text is read-only. */
  onJump?: (section: SectionKey) => void;
  /**
   * Headings of the saved text the official document would print twice or renumbered (正式文本's
   * check): said here too, where the chain looks, not only in a tab nobody has to open (a walk, stop 48).
   */
  documentIssues?: number;
}) {
  const sectionOf = (f: Finding): SectionKey | null =>
    f.location && f.location.section !== 'fullText'
      ? f.location.section
      : f.item
        ? ITEM_SECTION[f.item]
        : null;
  return (
    <Card
      size="small"
      title={<span>形式审查 {checking && <Spin size="small" style={{ marginLeft: 8 }} />}</span>}
      aria-live="polite"
      data-testid="completeness"
    >
      {error && <Alert type="warning" title={error} showIcon />}
      {!result && !error && empty && (
        <Empty description="输入正文后自动检查" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {!result && !error && !empty && (
        <Spin description="正在检查…">
          <div style={{ minHeight: 60 }} data-testid="completeness-pending" />
        </Spin>
      )}
      {result && (
        <>
          {result.passed ? (
            <Alert
              type="success"
              showIcon
              icon={<CheckCircleFilled />}
              // Not 五项内容齐全 beside 未填写第五项 (a walk, stop 52): the fifth is optional.
              title={
                result.findings.some((f) => f.code === 'item_empty_optional')
                  ? '法定的前四项内容齐全，形式审查通过'
                  : '五项内容齐全，形式审查通过'
              }
            />
          ) : (
            <Alert type="error" showIcon title="形式审查未通过，请按下列提示修改" />
          )}
          <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
            {documentIssues > 0 && (
              <li
                data-testid="document-issues"
                style={{ padding: '4px 0', borderBottom: '1px dashed #f0f0f0' }}
              >
                {ICONS.warning} 已保存的正文中有 {documentIssues}{' '}
                处标题编号需要核对（导出时会重复、改号或序号不连续），请在“正式文本”中查看并修正
              </li>
            )}
            {result.findings.map((f, i) => {
              const section = sectionOf(f);
              return (
                <li key={`${f.code}-${i}`} style={{ padding: '4px 0', borderBottom: '1px dashed #f0f0f0' }}>
                  {ICONS[f.severity]}{' '}
                  {section && onJump ? (
                    <Typography.Link onClick={() => onJump(section)}>{f.message}</Typography.Link>
                  ) : (
                    <span>{f.message}</span>
                  )}
                  {f.location?.excerpt && (
                    <div style={{ color: '#595959', fontSize: 12, marginLeft: 20 }}>
                      “{f.location.excerpt}”
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {result.figures.length > 0 && (
            <div style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">报告引用的数据（供审核核对）：</Typography.Text>
              <div style={{ maxHeight: 120, overflowY: 'auto' }}>
                {result.figures.slice(0, 40).map((f, i) => (
                  <Tag key={i} style={{ marginBottom: 4 }}>
                    {f.text}
                  </Tag>
                ))}
              </div>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
